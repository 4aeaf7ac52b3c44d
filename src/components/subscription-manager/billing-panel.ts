/**
 * The card and the invoices: a card update runs the Payment Element in setup mode, mounted in the
 * manager's light-DOM node (Stripe refuses shadow roots) and confirmed with 3-D Secure when the
 * bank asks; an open or overdue invoice is paid with the saved card. An invoice paid meanwhile (in
 * another window) is said so, and nothing more is charged.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Invoice, InvoiceStatus, SavedCard } from '../../api/subscriptions.js';
import type { MessageKey } from '../../i18n/i18n.js';
import type { ConfirmResult, PaymentSession } from '../../payment/types.js';
import { SspInvoicePaidEvent, SspPaymentMethodUpdatedEvent } from '../../shared/events.js';
import { paymentAppearance } from '../../payment/appearance.js';
import { confirmCharge } from './charge.js';
import { ChargeError, failure, type Failure, type ManagerHost } from './manager-host.js';

const INVOICE_STATUS: Record<InvoiceStatus, MessageKey> = {
  paid: 'invoicePaid',
  open: 'invoiceOpen',
  past_due: 'invoicePastDue',
  void: 'invoiceVoid',
};

const BRANDS: Record<SavedCard['brand'], string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  jcb: 'JCB',
  diners: 'Diners Club',
  unionpay: 'UnionPay',
  unknown: '',
};

export class BillingPanel implements ReactiveController {
  invoices: Invoice[] = [];
  /** The card form: loading, on screen (with its session), or saving. */
  private card?: { session?: PaymentSession; saving: boolean };
  private paying?: string;
  private error?: Failure;

  constructor(
    private readonly host: ManagerHost,
    element: ReactiveControllerHost,
  ) {
    element.addController(this);
  }

  hostDisconnected(): void {
    this.closeCard();
  }

  reset(invoices: Invoice[]): void {
    this.invoices = invoices;
    this.error = undefined;
    this.closeCard();
  }

  /** The saved card in words. */
  cardText(card: SavedCard): string {
    const expiry = `${String(card.expMonth).padStart(2, '0')}/${String(card.expYear).slice(-2)}`;
    return this.host.i18n.t('cardSummary', BRANDS[card.brand], card.last4, expiry);
  }

  private async openCard(): Promise<void> {
    const { id } = this.host.detail;
    this.error = undefined;
    this.card = { saving: false };
    this.host.requestUpdate();
    const action = `card:${id}`;
    try {
      const setup = await this.host.client().createPaymentMethodSetup(id, this.host.key(action));
      const node = this.host.mount();
      const session = await this.host.payment().mount(node, {
        clientSecret: setup.clientSecret,
        locale: this.host.i18n.lang,
        appearance: paymentAppearance(node),
        mode: 'setup',
      });
      if (!this.card) return session.destroy();
      this.card = { session, saving: false };
    } catch (error) {
      this.host.settled(action);
      this.card = undefined;
      this.error = failure(this.host, error);
    }
    this.host.requestUpdate();
  }

  private closeCard(): void {
    this.card?.session?.destroy();
    this.card = undefined;
  }

  private async saveCard(): Promise<void> {
    const card = this.card;
    if (!card?.session || card.saving) return;
    card.saving = true;
    this.error = undefined;
    this.host.requestUpdate();
    this.host.confirming(true);
    let result: ConfirmResult;
    try {
      result = await card.session.confirm();
    } catch {
      result = { status: 'failed', error: { code: 'unknown' } };
    } finally {
      this.host.confirming(false);
    }
    card.saving = false;
    if (result.status === 'failed') {
      // The form stays, with what was typed: try again, or another card.
      this.error = failure(this.host, new ChargeError(result.error.code));
      this.host.requestUpdate();
      return;
    }
    const { id } = this.host.detail;
    this.host.settled(`card:${id}`);
    this.closeCard();
    this.host.requestUpdate();
    this.host.focus('.update-card');
    // Which card it is comes from the service (the form never tells): read the subscription again.
    await this.host.reload().catch(() => undefined);
    const saved = this.host.detail.card;
    this.host.announce(
      saved ? this.host.i18n.t('cardUpdated', this.cardText(saved)) : this.host.i18n.t('manageNotice'),
    );
    if (saved) this.host.dispatch(new SspPaymentMethodUpdatedEvent(id, saved.brand, saved.last4));
  }

  private async pay(invoice: Invoice): Promise<void> {
    if (this.paying) return;
    const { id } = this.host.detail;
    const action = `invoice:${invoice.id}`;
    this.paying = invoice.id;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const payment = await this.host.client().payInvoice(id, invoice.id, this.host.key(action));
      if (payment.status === 'failed') {
        this.host.settled(action);
        throw new ChargeError(payment.failureReason ?? 'card_declined');
      }
      if (payment.status === 'requires_action' && payment.payment) {
        const failed = await confirmCharge(this.host, payment.payment.clientSecret);
        if (failed) {
          // Nothing was charged: the next try is a new request (a paid invoice refuses a second one).
          this.host.settled(action);
          throw failed;
        }
        // Paid once the bank agreed: the service has it (Stripe's webhook); show it as the service does.
        await this.host.reload().catch(() => undefined);
      } else {
        // The answer has the paid invoice and the subscription (no longer overdue): on screen at once.
        this.host.changed(payment.subscription);
        this.invoices = this.invoices.map((i) => (i.id === payment.invoice.id ? payment.invoice : i));
      }
      this.host.settled(action);
      // Paid: said and told at once; reading the invoices again may fail on its own.
      const { amount } = payment.invoice;
      const t = this.host.i18n;
      this.host.announce(t.t('invoicePaidNotice', invoice.number, t.money(amount.value, amount.currency)));
      this.host.dispatch(new SspInvoicePaidEvent(id, invoice.id, invoice.number, amount.value, amount.currency));
      this.host.focus('#invoices-title');
      await this.host.reload().catch(() => undefined);
    } catch (error) {
      this.error = failure(this.host, error);
      // Paid meanwhile (another window), or not at all: show the invoices as the service has them now.
      await this.host.reload().catch(() => undefined);
    }
    this.paying = undefined;
    this.host.requestUpdate();
  }

  render() {
    const { i18n, detail } = this.host;
    const t = i18n.t.bind(i18n);
    return html`<section aria-labelledby="billing-title">
      <h3 id="billing-title">${t('billingTitle')}</h3>
      ${this.error ? html`<p class="error" role="alert" part="error">${this.error.message}</p>` : nothing}
      <p><span class="label">${t('cardLabel')}:</span> ${detail.card ? this.cardText(detail.card) : t('cardNone')}</p>
      ${
        this.card
          ? html`<div class="card-form">
              ${this.card.session ? nothing : html`<p class="muted" role="status">${t('paymentLoading')}</p>`}
              <slot name="payment"></slot>
              <div class="actions">
                <button
                  class="button"
                  part="button"
                  ?disabled=${!this.card.session || this.card.saving}
                  @click=${() => this.saveCard()}
                >
                  ${this.card.saving ? t('cardSaving') : t('cardSave')}
                </button>
                <button class="button secondary" ?disabled=${this.card.saving} @click=${() => this.cancelCard()}>
                  ${t('cardCancel')}
                </button>
              </div>
            </div>`
          : detail.status === 'expired'
            ? nothing
            : html`<button class="button secondary update-card" @click=${() => this.openCard()}>
                ${t('cardUpdate')}
              </button>`
      }
      <h4 id="invoices-title" tabindex="-1">${t('invoicesTitle')}</h4>
      ${this.invoices.length ? this.renderInvoices() : html`<p class="muted">${t('invoicesNone')}</p>`}
    </section>`;
  }

  private cancelCard(): void {
    this.host.settled(`card:${this.host.detail.id}`);
    this.closeCard();
    this.host.requestUpdate();
    this.host.focus('.update-card');
  }

  private renderInvoices() {
    const i18n = this.host.i18n;
    const t = i18n.t.bind(i18n);
    return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="invoices-title">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('invoiceNumber')}</th>
            <th scope="col">${t('invoiceDate')}</th>
            <th scope="col">${t('invoiceAmount')}</th>
            <th scope="col">${t('invoiceStatus')}</th>
            <th scope="col"><span class="visually-hidden">${t('invoicePay')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${this.invoices.map((invoice) => {
            const amount = i18n.money(invoice.amount.value, invoice.amount.currency);
            const payable = invoice.status === 'open' || invoice.status === 'past_due';
            return html`<tr>
              <th scope="row">
                <a
                  class="link"
                  href=${safeUrl(invoice.pdfUrl)}
                  target="_blank"
                  rel="noopener"
                  aria-label=${t('invoicePdf', invoice.number)}
                  >${invoice.number}</a
                >
              </th>
              <td>${i18n.date(invoice.issuedAt)}</td>
              <td>${amount}</td>
              <td class=${invoice.status === 'past_due' ? 'overdue' : ''}>
                ${t(INVOICE_STATUS[invoice.status] as 'invoicePaid')}
              </td>
              <td>
                ${
                  payable
                    ? html`<button
                        class="button"
                        part="button"
                        aria-label=${t('invoicePayLabel', invoice.number, amount)}
                        ?disabled=${Boolean(this.paying)}
                        @click=${() => this.pay(invoice)}
                      >
                        ${this.paying === invoice.id ? t('invoicePaying') : t('invoicePay')}
                      </button>`
                    : nothing
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}

/** An invoice's link only when it is https (the service's answer is not trusted with a `javascript:` URL). */
function safeUrl(url: string): string {
  return /^https:\/\//i.test(url) ? url : '#';
}
