import { LitElement, html, nothing } from 'lit';
import type { Offer, Plan } from '../../api/client.js';
import { LocalizeController, type MessageOverrides } from '../../i18n/i18n.js';
import { SspSeatsSubmitEvent, SspTrialStartEvent } from '../../shared/events.js';
import { focusTitle } from '../../shared/focus.js';
import { TERMS_URL } from '../../shared/links.js';
import { buttonStyles, errorStyles, hostStyles, stepStyles } from '../../shared/styles.js';
import { checkSeats, type SeatsCheck } from '../../shared/validation.js';
import { seatPickerStyles } from './seat-picker.styles.js';

/**
 * The seat step: how many licenses, the billing plan, the total in the market's currency and the
 * disclosures before payment; or "Start free trial" when the admin allows only card-free trials.
 *
 * @tagname ssp-seat-picker
 * @fires ssp-seats-submit - A valid number of licenses and a plan were chosen (`quantity`, `planId`).
 * @fires ssp-trial-start - The person started the card-free trial.
 * @csspart title - The step heading.
 * @csspart form - The form.
 * @csspart input - The number of licenses.
 * @csspart button - The submit button.
 * @csspart error - The inline error message.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Background of main buttons.
 * @cssprop [--ssp-color-accent-hover=#0b4a9c] - Background of main buttons under the pointer.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Text on main buttons.
 * @cssprop [--ssp-color-text=#1b1b1f] - Text.
 * @cssprop [--ssp-color-muted=#505050] - Hints and secondary text.
 * @cssprop [--ssp-color-surface=#ffffff] - Background of fields.
 * @cssprop [--ssp-color-border=#8a8886] - Borders of fields and of the total.
 * @cssprop [--ssp-color-danger=#a4262c] - Error messages and invalid fields.
 * @cssprop [--ssp-color-focus=#0f5ec4] - Focus ring.
 * @cssprop [--ssp-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--ssp-font-size=1rem] - Base font size.
 * @cssprop [--ssp-title-size=1.25rem] - Size of step headings.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius of buttons and fields.
 */
export class SspSeatPicker extends LitElement {
  static override styles = [hostStyles, buttonStyles, errorStyles, stepStyles, seatPickerStyles];

  static override properties = {
    offer: { attribute: false },
    quantity: { type: Number },
    planId: { attribute: 'plan-id' },
    busy: { type: Boolean, reflect: true },
    error: {},
    messages: { attribute: false },
    text: { state: true },
    plan: { state: true },
    invalid: { state: true },
  };

  /** The offer from the checkout API (prices, limits, plans, existing subscription). */
  offer?: Offer;
  /** The number of licenses to start with. */
  quantity = 1;
  /** The plan to start with; the monthly plan when empty. */
  planId = '';
  /** The purchase is being prepared. */
  busy = false;
  /** A message about the last attempt (already localized). */
  error = '';
  /** Host overrides for any message of the catalog. */
  messages?: MessageOverrides;

  private text = '';
  private plan = '';
  private invalid?: Exclude<SeatsCheck, { ok: true }>['error'];
  private readonly i18n = new LocalizeController(this);

  /** Moves focus to the step's heading (the flow does this when the step appears). */
  override focus(): void {
    focusTitle(this.renderRoot);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('quantity')) this.text = String(this.quantity);
    if (changed.has('planId') || changed.has('offer')) {
      const plans = this.offer?.plans ?? [];
      this.plan =
        plans.find((p) => p.id === this.planId)?.id ??
        plans.find((p) => p.billingPeriod === 'month')?.id ??
        plans[0]?.id ??
        '';
    }
  }

  private get selectedPlan(): Plan | undefined {
    return this.offer?.plans.find((p) => p.id === this.plan);
  }

  private check(): SeatsCheck {
    return checkSeats(this.text, this.offer?.minQuantity ?? 1, this.offer?.maxQuantity ?? 1);
  }

  private step(delta: number): void {
    const current = this.check();
    const base = current.ok ? current.quantity : Number.parseInt(this.text, 10) || 0;
    const min = this.offer?.minQuantity ?? 1;
    const max = this.offer?.maxQuantity ?? 1;
    this.text = String(Math.min(max, Math.max(min, base + delta)));
    this.invalid = undefined;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy || !this.offer) return;
    const result = this.check();
    if (!result.ok) {
      this.invalid = result.error;
      this.renderRoot.querySelector<HTMLInputElement>('#quantity')?.focus();
      return;
    }
    this.dispatchEvent(new SspSeatsSubmitEvent(result.quantity, this.plan));
  }

  private get message(): string {
    const offer = this.offer;
    switch (this.invalid) {
      case 'empty':
        return this.i18n.t('seatsErrorEmpty');
      case 'whole':
        return this.i18n.t('seatsErrorWhole');
      case 'min':
        return this.i18n.t('seatsErrorMin', offer?.minQuantity ?? 1);
      case 'max':
        return this.i18n.t('seatsErrorMax', offer?.maxQuantity ?? 1);
      default:
        return this.error;
    }
  }

  private renderTrial(offer: Offer) {
    const i18n = this.i18n;
    return html`
      <h2 class="title" part="title" tabindex="-1">${i18n.t('trialTitle', offer.productName)}</h2>
      <p>${i18n.t('trialIntro', offer.trialDays ?? 30)}</p>
      <div role="alert">${this.error ? html`<p class="error" part="error">${this.error}</p>` : nothing}</div>
      <button
        class="button"
        part="button"
        type="button"
        aria-disabled=${this.busy ? 'true' : 'false'}
        @click=${() => !this.busy && this.dispatchEvent(new SspTrialStartEvent())}
      >
        ${this.busy ? i18n.t('trialStarting') : i18n.t('trialSubmit')}
      </button>
    `;
  }

  override render() {
    const offer = this.offer;
    if (!offer) return nothing;
    if (offer.kind === 'trial') return this.renderTrial(offer);
    const i18n = this.i18n;
    const plan = this.selectedPlan;
    const result = this.check();
    const total =
      plan && result.ok ? i18n.money(plan.unitAmount.value * result.quantity, plan.unitAmount.currency) : '—';
    const message = this.message;
    const existing = offer.existingSubscription;
    return html`
      <h2 class="title" part="title" tabindex="-1">${existing ? i18n.t('seatsTitleAdd') : i18n.t('seatsTitle')}</h2>
      ${existing ? html`<p>${i18n.t('seatsExisting', existing.quantity, offer.productName)}</p>` : nothing}
      <form part="form" novalidate @submit=${this.onSubmit}>
        <div class="field">
          <label for="quantity">${i18n.t('seatsLabel')}</label>
          <span class="hint" id="quantity-hint">${i18n.t('seatsHint', offer.minQuantity, offer.maxQuantity)}</span>
          <div class="stepper">
            <button
              class="button secondary"
              type="button"
              aria-label=${i18n.t('seatsDecrease')}
              @click=${() => this.step(-1)}
            >
              −
            </button>
            <input
              id="quantity"
              part="input"
              name="quantity"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              .value=${this.text}
              aria-describedby="quantity-hint quantity-error"
              aria-invalid=${this.invalid ? 'true' : 'false'}
              @input=${(e: InputEvent) => {
                this.text = (e.target as HTMLInputElement).value;
                this.invalid = undefined;
              }}
            />
            <button
              class="button secondary"
              type="button"
              aria-label=${i18n.t('seatsIncrease')}
              @click=${() => this.step(1)}
            >
              +
            </button>
          </div>
          <div id="quantity-error" role="alert">
            ${message ? html`<p class="error" part="error">${message}</p>` : nothing}
          </div>
        </div>
        ${
          offer.plans.length > 1
            ? html`<fieldset>
                <legend>${i18n.t('planLegend')}</legend>
                ${offer.plans.map(
                  (p) =>
                    html`<label class="choice">
                      <input
                        type="radio"
                        name="plan"
                        .value=${p.id}
                        .checked=${p.id === this.plan}
                        @change=${() => (this.plan = p.id)}
                      />
                      ${this.planLabel(p)}
                    </label>`,
                )}
              </fieldset>`
            : plan
              ? html`<p>${this.planLabel(plan)}</p>`
              : nothing
        }
        <div class="total">
          <span>${i18n.t('totalLabel')}</span>
          <output for="quantity" aria-live="polite">
            ${plan?.billingPeriod === 'year' ? i18n.t('totalYearly', total) : i18n.t('totalMonthly', total)}
          </output>
        </div>
        <p class="muted">${offer.taxBehavior === 'exclusive' ? i18n.t('taxExclusive') : i18n.t('taxInclusive')}</p>
        <section class="disclosures" aria-labelledby="disclosures-title">
          <h3 id="disclosures-title">${i18n.t('disclosuresTitle')}</h3>
          <ul>
            <li>${i18n.t('disclosureBilledToYou')}</li>
            <li>${i18n.t('disclosureRenews')}</li>
            <li>${i18n.t('disclosurePrices')}</li>
            <li>${i18n.t('disclosureAdminSees')}</li>
            <li>${i18n.t('disclosureDataOwner', offer.productName)}</li>
            <li>${i18n.t('disclosureData')}</li>
          </ul>
          <p><a class="link" href=${TERMS_URL} target="_blank" rel="noopener">${i18n.t('completeTerms')}</a></p>
        </section>
        <div class="actions">
          <button class="button" part="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? i18n.t('seatsSubmitting') : i18n.t('seatsSubmit')}
          </button>
        </div>
      </form>
    `;
  }

  private planLabel(plan: Plan): string {
    const price = this.i18n.money(plan.unitAmount.value, plan.unitAmount.currency);
    return plan.billingPeriod === 'year' ? this.i18n.t('planYearly', price) : this.i18n.t('planMonthly', price);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-seat-picker': SspSeatPicker;
  }
}
