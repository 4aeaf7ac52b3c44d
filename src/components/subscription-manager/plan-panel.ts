/**
 * The number of licenses and the subscription's end: a new total is previewed (what is charged now,
 * prorated, and what each renewal costs) before it is confirmed; an increase charges the saved card
 * (3-D Secure when the bank asks), a decrease waits for the renewal. Canceling says until when the
 * licenses work before it is confirmed, and can be undone until then.
 */
import { html, nothing } from 'lit';
import type { QuantityPreview } from '../../api/subscriptions.js';
import { SspSubscriptionCanceledEvent, SspSubscriptionUpdatedEvent } from '../../shared/events.js';
import { checkSeats } from '../../shared/validation.js';
import { ChargeError, failure, type Failure, type ManagerHost } from './manager-host.js';
import { confirmCharge } from './charge.js';

export class PlanPanel {
  private text = '';
  private invalid = '';
  private preview?: QuantityPreview;
  private busy = false;
  private error?: Failure;
  private askingCancel = false;
  /** The person typed a total since the last one was settled: a re-read must not overwrite it. */
  private edited = false;

  constructor(private readonly host: ManagerHost) {}

  /** Another subscription on screen: nothing typed or asked for the previous one stays. */
  reset(): void {
    this.edited = false;
    this.sync();
    this.invalid = '';
    this.preview = undefined;
    this.error = undefined;
    this.askingCancel = false;
  }

  /** The subscription was read again: the field shows its total unless the person is typing one. */
  sync(): void {
    if (!this.edited) this.text = String(this.host.detail.scheduledQuantity ?? this.host.detail.quantity);
  }

  /** The typed total, checked as the seat step checks it, plus what only a subscription has. */
  private check(): number | undefined {
    const { i18n, detail } = this.host;
    const min = Math.max(1, detail.assignedCount);
    const checked = checkSeats(this.text, 1, detail.maxQuantity);
    if (!checked.ok) {
      this.invalid =
        checked.error === 'empty'
          ? i18n.t('seatsErrorEmpty')
          : checked.error === 'whole'
            ? i18n.t('seatsErrorWhole')
            : checked.error === 'min'
              ? i18n.t('seatsErrorMin', 1)
              : i18n.t('seatsErrorMax', detail.maxQuantity);
      return undefined;
    }
    if (checked.quantity < min) this.invalid = i18n.t('quantityBelowAssigned', detail.assignedCount);
    else if (checked.quantity === detail.quantity && detail.scheduledQuantity === undefined)
      this.invalid = i18n.t('quantitySame');
    else return checked.quantity;
    return undefined;
  }

  private readonly onPreview = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    this.invalid = '';
    this.preview = undefined;
    const quantity = this.check();
    if (quantity === undefined) {
      this.host.requestUpdate();
      this.host.focus('#quantity');
      return;
    }
    await this.run(async () => {
      this.preview = await this.host.client().previewQuantityChange(this.host.detail.id, quantity);
      this.host.focus('.preview');
    });
  };

  private async confirm(): Promise<void> {
    const preview = this.preview;
    if (!preview || this.busy) return;
    const { id, productId, quantity: before } = this.host.detail;
    const action = `quantity:${id}:${before}->${preview.quantity}`;
    await this.run(async () => {
      const change = await this.host.client().changeQuantity(id, preview.quantity, this.host.key(action));
      if (change.status === 'failed') {
        this.host.settled(action);
        throw new ChargeError(change.failureReason ?? 'card_declined');
      }
      if (change.status === 'requires_action' && change.payment) {
        const failed = await confirmCharge(this.host, change.payment.clientSecret);
        if (failed) {
          // Nothing was charged: the next try is a new request (the total asked for stays the guard).
          this.host.settled(action);
          await this.host.reload().catch(() => undefined);
          throw failed;
        }
      } else this.host.changed(change.subscription);
      this.host.settled(action);
      // Charged (or scheduled): said and told at once; reading the rest again may fail on its own.
      const { amount } = change;
      const t = this.host.i18n;
      this.host.announce(
        change.status === 'scheduled'
          ? t.t('quantityScheduled', change.quantity, t.date(change.effectiveAt))
          : t.t('quantityAdded', change.quantity, t.money(amount.value, amount.currency)),
      );
      this.preview = undefined;
      this.edited = false;
      this.host.focus('#quantity');
      this.host.dispatch(
        new SspSubscriptionUpdatedEvent(
          id,
          productId,
          'quantity',
          change.quantity,
          before,
          change.effectiveAt,
          change.status === 'scheduled' ? 0 : amount.value,
          amount.currency,
        ),
      );
      await this.host.reload().catch(() => undefined);
    });
  }

  private async cancel(): Promise<void> {
    const { id, productId } = this.host.detail;
    const action = `cancel:${id}`;
    await this.run(async () => {
      const detail = await this.host.client().cancelSubscription(id, this.host.key(action));
      this.host.settled(action);
      this.askingCancel = false;
      // The answer is the whole subscription (licenses and invoices do not change): no reading again.
      this.host.changed(detail);
      const endsAt = detail.endsAt ?? detail.currentPeriodEnd;
      this.host.announce(this.host.i18n.t('canceledNotice', this.host.i18n.date(endsAt)));
      this.host.dispatch(new SspSubscriptionCanceledEvent(id, productId, endsAt));
      this.host.focus('.reactivate');
    });
  }

  private async reactivate(): Promise<void> {
    const { id, productId, quantity } = this.host.detail;
    const action = `reactivate:${id}`;
    await this.run(async () => {
      const detail = await this.host.client().reactivateSubscription(id, this.host.key(action));
      this.host.settled(action);
      this.host.changed(detail);
      const renewsAt = detail.renewsAt ?? detail.currentPeriodEnd;
      this.host.announce(this.host.i18n.t('reactivatedNotice', this.host.i18n.date(renewsAt)));
      const { currency } = detail.recurringAmount;
      this.host.dispatch(
        new SspSubscriptionUpdatedEvent(id, productId, 'reactivated', quantity, quantity, renewsAt, 0, currency),
      );
      this.host.focus('.ask-cancel');
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      await work();
    } catch (error) {
      this.error = failure(this.host, error);
    }
    this.busy = false;
    this.host.requestUpdate();
  }

  render() {
    const { i18n, detail } = this.host;
    const t = i18n.t.bind(i18n);
    if (detail.status === 'expired') return nothing;
    const canceled = detail.status === 'canceled';
    const min = Math.max(1, detail.assignedCount);
    return html`<section aria-labelledby="plan-title">
      <h3 id="plan-title">${t('quantityTitle')}</h3>
      ${this.error ? html`<p class="error" role="alert" part="error">${this.error.message}</p>` : nothing}
      ${
        canceled
          ? nothing
          : html`<form part="form" @submit=${this.onPreview} novalidate>
              <label for="quantity">${t('quantityLabel')}</label>
              <span class="hint" id="quantity-hint">${t('quantityHint', min, detail.maxQuantity)}</span>
              <input
                id="quantity"
                part="input"
                inputmode="numeric"
                autocomplete="off"
                .value=${this.text}
                aria-describedby="quantity-hint${this.invalid ? ' quantity-error' : ''}"
                aria-invalid=${this.invalid ? 'true' : 'false'}
                @input=${(e: InputEvent) => {
                  this.text = (e.target as HTMLInputElement).value;
                  this.edited = true;
                  // A preview is of the total it was asked for: typing another takes it away.
                  if (this.preview) {
                    this.preview = undefined;
                    this.host.requestUpdate();
                  }
                }}
              />
              ${this.invalid ? html`<p class="error" id="quantity-error" role="alert">${this.invalid}</p>` : nothing}
              <button class="button secondary" type="submit" ?disabled=${this.busy}>
                ${this.busy && !this.preview ? t('quantityPreviewing') : t('quantityPreview')}
              </button>
            </form>`
      }
      ${this.preview ? this.renderPreview(this.preview) : nothing} ${this.renderEnd(canceled)}
    </section>`;
  }

  private renderPreview(preview: QuantityPreview) {
    const i18n = this.host.i18n;
    const { amountDueNow: due, recurringAmount: recurring } = preview;
    const change = preview.quantity - preview.currentQuantity;
    return html`<div class="preview" tabindex="-1" role="group" aria-labelledby="preview-text">
      <p id="preview-text">
        ${
          change > 0
            ? i18n.t('previewIncrease', change, i18n.money(due.value, due.currency))
            : i18n.t('previewDecrease', -change, i18n.date(preview.effectiveAt))
        }
        ${i18n.t('previewRecurring', i18n.money(recurring.value, recurring.currency))}
      </p>
      <button class="button" part="button" ?disabled=${this.busy} @click=${() => this.confirm()}>
        ${this.busy ? i18n.t('quantityChanging') : i18n.t('quantityConfirm')}
      </button>
    </div>`;
  }

  private renderEnd(canceled: boolean) {
    const { i18n, detail } = this.host;
    const t = i18n.t.bind(i18n);
    if (canceled) {
      return html`<p>${t('canceledNotice', i18n.date(detail.endsAt ?? detail.currentPeriodEnd))}</p>
        <button class="button secondary reactivate" ?disabled=${this.busy} @click=${() => this.reactivate()}>
          ${t('reactivate')}
        </button>`;
    }
    const endsAt = i18n.date(detail.renewsAt ?? detail.currentPeriodEnd);
    return html`<h3 id="cancel-title">${t('cancelTitle')}</h3>
      <p id="cancel-explain">${t('cancelExplain', endsAt)}</p>
      ${
        this.askingCancel
          ? html`<div class="confirm" role="group" aria-labelledby="cancel-title" aria-describedby="cancel-explain">
              <button class="button confirm-cancel" ?disabled=${this.busy} @click=${() => this.cancel()}>
                ${t('cancelConfirm')}
              </button>
              <button class="button secondary" @click=${() => this.askCancel(false)}>${t('cancelKeep')}</button>
            </div>`
          : html`<button
              class="button secondary ask-cancel"
              ?disabled=${this.busy}
              @click=${() => this.askCancel(true)}
            >
              ${t('cancelSubmit')}
            </button>`
      }`;
  }

  private askCancel(on: boolean): void {
    this.askingCancel = on;
    this.host.requestUpdate();
    this.host.focus(on ? '.confirm-cancel' : '.ask-cancel');
  }
}
