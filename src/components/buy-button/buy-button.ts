import { loadCheckout, loadElement } from '../../elements.js';
import {
  applyDirection,
  inheritedLang,
  loadMessages,
  onMessagesChange,
  translate,
  hasMessages,
  type MessageArgs,
  type MessageKey,
} from '../../i18n/i18n.js';
import { createPaymentMount, PAYMENT_ESCAPE } from '../../payment/mount.js';
import { buttonCss, errorCss, hostCss } from '../../shared/css.js';
import { SspCancelEvent, SspErrorEvent, type Step } from '../../shared/events.js';
import { FLOW_EXPORTPARTS } from '../../shared/parts.js';
import { isProductId, PRODUCTS } from '../../shared/products.js';
import { nextTask } from '../../shared/schedule.js';
import {
  defineSettingAccessors,
  SETTING_ATTRIBUTES,
  SETTING_NAMES,
  SETTINGS,
  type HostSettings,
} from '../../shared/settings.js';
import { buyButtonCss } from './buy-button.styles.js';

let sheet: CSSStyleSheet | undefined;

/**
 * `HTMLElement`, or a stand-in where there is none (Node: server rendering, tests), so importing
 * the SDK never touches the DOM (Lit's own elements do the same through its DOM shim).
 */
const ElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

// The settings are properties of the element (declared by the table in shared/settings.ts).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface SspBuyButton extends HostSettings {}

/**
 * The in-app purchase prompt: a button that opens the purchase flow in a modal dialog. The flow's
 * code loads on the first hover, focus or click. Escape or the close button cancel (`ssp-cancel`),
 * and focus returns to the button. Flow events bubble out of it unchanged.
 *
 * It is the one element a host page loads up front, so it is written without Lit (Lit arrives with
 * the flow, on the first hover or click): the page pays for a button, not for a framework.
 *
 * @tagname ssp-buy-button
 * @attr lang - The locale of texts, amounts and dates (BCP 47, e.g. `sv`); without it, an ancestor's `lang`, then `<html lang>`, then English.
 * @fires ssp-cancel - The person closed the dialog before paying (`step`); not sent once a payment is being confirmed, which completes (`ssp-purchase-complete`) with the dialog closed.
 * @fires ssp-step-change - From its flow: the step changed (`step`, `previous`).
 * @fires ssp-ineligible - From its flow: the person cannot buy (`reason`, `productId`).
 * @fires ssp-purchase-complete - From its flow: the purchase is active (`purchaseId`, `productId`, `quantity`, `amount`, `currency`, `kind`, `clientReferenceId`).
 * @fires ssp-error - From its flow, or its own for an unknown product: a configuration or unrecoverable error (`code`, `message`, `recoverable`).
 * @fires ssp-payment-confirming - From its flow: a card payment is being confirmed (`active`); the dialog leaves the top layer meanwhile, so Stripe's 3-D Secure challenge shows above it.
 * @fires ssp-payment-failed - From its flow: a card payment attempt failed (`code`, `declineCode`, `recoverable`, `purchaseId`, `productId`).
 * @fires ssp-trial-started - From its flow: a card-free trial is active (`productId`, `purchaseId`, `trialEndsAt`, `clientReferenceId`).
 * @fires ssp-license-request-sent - From its flow: the checkout service accepted a license request to the admin (`productId`).
 * @fires ssp-licenses-assigned - From the subscription manager of its flow's last step ("Assign licenses now"): people got a license (`subscriptionId`, `productId`, `userIds`, `assignedCount`).
 * @fires ssp-subscription-updated - From that manager: licenses added or removed, or a cancellation undone (`subscriptionId`, `productId`, `change`, `quantity`, `previousQuantity`, `effectiveAt`, `amount`, `currency`).
 * @fires ssp-subscription-canceled - From that manager: the subscription stops renewing (`subscriptionId`, `productId`, `endsAt`).
 * @fires ssp-payment-method-updated - From that manager: a new card is saved (`subscriptionId`, `brand`, `last4`).
 * @fires ssp-invoice-paid - From that manager: an open or overdue invoice was paid (`subscriptionId`, `invoiceId`, `number`, `amount`, `currency`).
 * @slot payment - Created by the element itself: the light-DOM node the payment form mounts in.
 * @csspart button - The buy button.
 * @csspart dialog - The modal dialog.
 * @csspart close-button - The dialog's close button.
 * @csspart error - An error message: the configuration error shown instead of the button for an unknown product, or the flow's (its `error`).
 * @csspart flow-base - The flow's container (its `base`).
 * @csspart title - The flow's step headings (its `title`).
 * @csspart form - The flow's forms (its `form`).
 * @csspart input - The flow's fields (its `input`).
 * @csspart flow-button - The flow's main buttons (its `button`; `button` is the buy button).
 * @cssprop [--ssp-color-accent=#0f5ec4] - Background of the buy button and of main buttons; the spinner; the payment form's primary color.
 * @cssprop [--ssp-color-accent-hover=#0b4a9c] - Background of the buy button and of main buttons under the pointer.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Text on the buy button and on main buttons.
 * @cssprop [--ssp-color-text=#1b1b1f] - Text (and the payment form's); the dialog's text.
 * @cssprop [--ssp-color-muted=#505050] - Hints and secondary text.
 * @cssprop [--ssp-color-surface=#ffffff] - Background of the dialog and of fields (and of the payment form).
 * @cssprop [--ssp-color-border=#8a8886] - Borders of fields, secondary buttons, quotes and the seat total; the spinner's track.
 * @cssprop [--ssp-color-danger=#a4262c] - Error messages and invalid fields (and the payment form's).
 * @cssprop [--ssp-color-link=#0f5ec4] - Links and link-style buttons.
 * @cssprop [--ssp-color-focus=#0f5ec4] - Focus ring.
 * @cssprop [--ssp-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font (and the payment form's).
 * @cssprop [--ssp-font-size=1rem] - Base font size.
 * @cssprop [--ssp-title-size=1.25rem] - Size of step headings.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius of buttons and fields (and of the payment form's fields).
 * @cssprop [--ssp-flow-max-width=36rem] - Greatest width of the flow.
 * @cssprop [--ssp-radius-dialog=0.75rem] - Corner radius of the dialog.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SspBuyButton extends ElementBase {
  static readonly observedAttributes = ['lang', ...SETTING_ATTRIBUTES];

  private readonly root = this.attachShadow({ mode: 'open' });
  private readonly button = element('button', { part: 'button', class: 'button', type: 'button' });
  private readonly dialog = element('dialog', { part: 'dialog' });
  private readonly closeButton = element('button', {
    part: 'close-button',
    class: 'button secondary close',
    type: 'button',
  });
  private readonly body = element('div', { class: 'body' });
  private readonly error = element('p', { part: 'error', class: 'error', role: 'alert' });
  private flow?: HTMLElement;
  private mount?: HTMLElement;
  private unsubscribe?: () => void;
  private setDir = false;
  /** The unknown product last reported with `ssp-error` (once per value, not per render). */
  private reported = '';
  /** Closes we cause ourselves (leaving and re-entering the top layer), not the person's. */
  private ownCloses = 0;
  /** Puts the dialog back into the top layer once a payment is confirmed (see step-down.ts). */
  private stepUp?: (() => void) | undefined;

  constructor() {
    super();
    this.button.setAttribute('aria-haspopup', 'dialog');
    this.closeButton.textContent = '×';
    const bar = element('div', { class: 'bar' });
    bar.append(this.closeButton);
    this.dialog.append(bar, this.body);
    const preload = () => void loadElement('ssp-purchase-flow').catch(() => undefined);
    this.button.addEventListener('pointerenter', preload);
    this.button.addEventListener('focus', preload);
    this.button.addEventListener('click', () => void this.show());
    this.closeButton.addEventListener('click', () => this.hide());
    this.dialog.addEventListener('close', () => this.onClose());
  }

  static {
    // Attribute settings read and write their attribute, as a built-in element's properties do;
    // object settings are kept and handed to the flow.
    defineSettingAccessors(this.prototype, (element) => (element as SspBuyButton).settingsChanged());
  }

  /** Resolves once the button shows its label in its language (or English, if that failed to load). */
  get updateComplete(): Promise<boolean> {
    return loadMessages(this.locale, 'start').then(
      () => true,
      () => loadMessages('en', 'start').then(() => true),
    );
  }

  connectedCallback(): void {
    this.upgradeProperties();
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(hostCss + buttonCss + errorCss + buyButtonCss);
    this.root.adoptedStyleSheets = [sheet];
    // The payment form's node lives in the page's light DOM (Stripe refuses shadow roots).
    if (!this.mount) {
      this.mount = createPaymentMount(this);
      // Escape inside the card form's iframe closes the dialog as Escape anywhere else does.
      this.mount.addEventListener(PAYMENT_ESCAPE, () => this.hide());
    }
    this.unsubscribe = onMessagesChange(() => this.render());
    this.render();
  }

  disconnectedCallback(): void {
    this.unsubscribe?.();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'product' || name === 'lang') this.render();
    if (name === 'lang' || !this.flow) return;
    if (value === null) this.flow.removeAttribute(name);
    else this.flow.setAttribute(name, value);
  }

  /** Opens the purchase dialog (loads the flow's code first if needed). */
  async show(): Promise<void> {
    await Promise.all([loadElement('ssp-purchase-flow'), this.updateComplete]);
    // Short tasks on a click (each under 50 ms on a slow phone): the flow's code runs in the task
    // that loaded it, the dialog opens in the next one, and the flow renders in the one after.
    await nextTask();
    if (!this.dialog.open) this.dialog.showModal();
    if (this.flow) return;
    await nextTask();
    this.flow ??= this.createFlow();
  }

  /** Closes the dialog; a close before completion is a cancel. */
  hide(): void {
    if (this.dialog.open) this.dialog.close();
  }

  /**
   * A host may set properties before the SDK has loaded: they sit on the plain element and would
   * hide this class's accessors. Take them over, as Lit does for its elements.
   */
  private upgradeProperties(): void {
    for (const name of SETTING_NAMES) {
      if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
      const value: unknown = this[name];
      delete this[name];
      Object.assign(this, { [name]: value });
    }
  }

  /** An object setting changed: the open flow gets it too, and the label may change (messages). */
  private settingsChanged(): void {
    if (this.flow) Object.assign(this.flow, this.objectSettings());
    this.render();
  }

  private objectSettings(): Partial<HostSettings> {
    const names = SETTING_NAMES.filter((name) => !SETTINGS[name].attribute);
    return Object.fromEntries(names.map((name) => [name, this[name]]));
  }

  /** The `lang` in force: the button's own, an ancestor's, or the page's. */
  private get locale(): string {
    return inheritedLang(this);
  }

  private t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
    return translate(this.locale, this.messages, key, args);
  }

  private render(): void {
    if (!this.isConnected) return;
    const lang = this.locale;
    void loadMessages(lang, 'start').catch(() => loadMessages('en', 'start'));
    this.setDir = applyDirection(this, lang, this.setDir);
    // One locale for the button and its flow: the flow follows the button's (which may be the page's).
    if (this.flow && this.flow.getAttribute('lang') !== lang) this.flow.setAttribute('lang', lang);
    const product = this.product;
    if (product && !isProductId(product)) {
      const message = this.t('configUnknownProduct', product);
      this.error.textContent = message;
      this.root.replaceChildren(this.error);
      if (this.reported !== product) {
        this.reported = product;
        // After the current task: a host listening right after setting the attribute hears it.
        setTimeout(() => this.dispatchEvent(new SspErrorEvent('config-product', message, false)));
      }
      return;
    }
    this.reported = '';
    const name = isProductId(product) ? PRODUCTS[product].name : '';
    // Until the locale's messages arrive (a few ms), the button says the product's name.
    const label = !hasMessages(lang, 'start')
      ? name || '…'
      : name
        ? this.t('buyButtonLabel', name)
        : this.t('buyButtonLabelGeneric');
    this.button.textContent = label;
    this.dialog.setAttribute('aria-label', label);
    this.closeButton.setAttribute('aria-label', this.t('dialogClose'));
    if (this.root.firstChild !== this.button) this.root.replaceChildren(this.button, this.dialog);
  }

  private createFlow(): HTMLElement {
    const flow = document.createElement('ssp-purchase-flow');
    // The flow's parts (and its steps') are styled through the button: `ssp-buy-button::part(input)`.
    flow.setAttribute('exportparts', FLOW_EXPORTPARTS);
    for (const name of SETTING_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) flow.setAttribute(name, value);
    }
    flow.setAttribute('lang', this.locale);
    Object.assign(flow, this.objectSettings(), { paymentMount: this.mount });
    const slot = element('slot', { name: 'payment', slot: 'payment' });
    flow.append(slot);
    // Stripe's 3-D Secure challenge shows under the top layer: meanwhile the dialog steps out of it.
    flow.addEventListener('ssp-payment-confirming', ({ active }) => {
      // What the page holds now: a challenge that opens before the step-down runs stays usable.
      const present = new Set(document.body.children);
      void loadCheckout().then(({ stepDown }) => {
        this.stepUp?.();
        this.stepUp = active ? stepDown(this.dialog, () => this.ownCloses++, present) : undefined;
      });
    });
    this.body.append(flow);
    return flow;
  }

  private onClose(): void {
    if (this.ownCloses > 0) {
      this.ownCloses--;
      return;
    }
    this.stepUp?.();
    this.stepUp = undefined;
    const step = (this.flow?.getAttribute('step') ?? undefined) as Step | undefined;
    // A paid purchase being confirmed goes on (ssp-purchase-complete still fires): not a cancel.
    if (step !== 'complete' && step !== 'processing') this.dispatchEvent(new SspCancelEvent(step));
    this.button.focus();
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-buy-button': SspBuyButton;
  }
}
