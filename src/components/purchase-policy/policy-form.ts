/**
 * One product's policy as the admin edits it: the draft, its checks (message length, an https
 * link), what a save changed, and the form that shows it. Pure functions and a template: the
 * element owns the rows and the calls.
 */
import { html, nothing } from 'lit';
import { MAX_ADMIN_MESSAGE_LENGTH, type AdminPolicySetting, type ProductPolicy } from '../../api/admin.js';
import type { LocalizeController, MessageKey } from '../../i18n/i18n.js';

/** The longest link the contract takes. */
export const MAX_LINK_LENGTH = 2000;

export const SETTING_LABELS: Record<AdminPolicySetting, MessageKey> = {
  Enabled: 'policyEnabled',
  OnlyTrialsWithoutPaymentMethod: 'policyTrialsOnly',
  Disabled: 'policyDisabled',
};

export interface Draft {
  setting: AdminPolicySetting;
  message: string;
  url: string;
}

export interface Row {
  /** The policy as the service last said. */
  policy: ProductPolicy;
  draft: Draft;
  errors: { message?: string; url?: string };
  busy: boolean;
  /** Someone changed the policy since it was read: the draft is kept, nothing was saved. */
  conflict: boolean;
  /** What the last action did (saved, nothing changed, the current policy loaded). */
  notice?: string;
  /** A failure of the last save that is not about a field. */
  error?: string;
}

export function rowOf(policy: ProductPolicy): Row {
  return {
    policy,
    draft: { setting: policy.setting, message: policy.message ?? '', url: policy.url ?? '' },
    errors: {},
    busy: false,
    conflict: false,
  };
}

function isHttpsUrl(text: string): boolean {
  try {
    return text.startsWith('https://') && new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The draft's problems, field by field (nothing is sent while there is one). */
export function check(i18n: LocalizeController, draft: Draft): Row['errors'] {
  const errors: Row['errors'] = {};
  if (draft.message.length > MAX_ADMIN_MESSAGE_LENGTH)
    errors.message = i18n.t('adminTooLong', MAX_ADMIN_MESSAGE_LENGTH);
  const url = draft.url.trim();
  if (url.length > MAX_LINK_LENGTH) errors.url = i18n.t('adminTooLong', MAX_LINK_LENGTH);
  else if (url && !isHttpsUrl(url)) errors.url = i18n.t('policyLinkInvalid');
  return errors;
}

/** What a save would change, in words (empty when nothing would). */
export function changes(i18n: LocalizeController, before: ProductPolicy, after: Draft): string[] {
  const list: string[] = [];
  const label = (setting: AdminPolicySetting) => i18n.t(SETTING_LABELS[setting] as 'policyEnabled');
  if (before.setting !== after.setting)
    list.push(i18n.t('policyChangedSetting', label(before.setting), label(after.setting)));
  const message = after.message.trim() ? after.message : '';
  if ((before.message ?? '') !== message) list.push(i18n.t(message ? 'policyChangedMessage' : 'policyRemovedMessage'));
  const url = after.url.trim();
  if ((before.url ?? '') !== url) list.push(i18n.t(url ? 'policyChangedLink' : 'policyRemovedLink'));
  return list;
}

export interface FormActions {
  edit(productId: string, change: Partial<Draft>): void;
  save(productId: string): void;
  loadCurrent(productId: string): void;
}

/** One product's form: its setting, message (with its count) and link, and Save. */
export function renderPolicy(i18n: LocalizeController, row: Row, readOnly: boolean, actions: FormActions) {
  const t = i18n.t.bind(i18n);
  const { policy, draft, errors } = row;
  const id = policy.productId;
  const described = (field: string, error?: string) => `${id}-${field}-hint${error ? ` ${id}-${field}-error` : ''}`;
  return html`<form
    class="policy"
    part="form"
    aria-labelledby="${id}-title"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      actions.save(id);
    }}
  >
    <h3 id="${id}-title">${policy.productName}</h3>
    <fieldset class="fields" ?disabled=${readOnly}>
      <div class="field">
        <label for="${id}-setting">${t('policySettingLabel')}</label>
        <select
          id="${id}-setting"
          part="input"
          .value=${draft.setting}
          @change=${(e: Event) =>
            actions.edit(id, { setting: (e.target as HTMLSelectElement).value as AdminPolicySetting })}
        >
          ${(Object.keys(SETTING_LABELS) as AdminPolicySetting[]).map(
            (setting) =>
              html`<option value=${setting} ?selected=${draft.setting === setting}>
                ${t(SETTING_LABELS[setting] as 'policyEnabled')}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="${id}-message">${t('policyMessageLabel')}</label>
        <textarea
          id="${id}-message"
          part="input"
          rows="3"
          aria-describedby=${described('message', errors.message)}
          aria-invalid=${errors.message ? 'true' : 'false'}
          .value=${draft.message}
          @input=${(e: Event) => actions.edit(id, { message: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <p class="hint" id="${id}-message-hint">
          ${t('policyMessageHint')} ${t('adminCount', draft.message.length, MAX_ADMIN_MESSAGE_LENGTH)}
        </p>
        ${errors.message ? html`<p class="error" id="${id}-message-error" part="error">${errors.message}</p>` : nothing}
      </div>
      <div class="field">
        <label for="${id}-url">${t('policyLinkLabel')}</label>
        <input
          id="${id}-url"
          part="input"
          type="url"
          inputmode="url"
          autocomplete="url"
          aria-describedby=${described('url', errors.url)}
          aria-invalid=${errors.url ? 'true' : 'false'}
          .value=${draft.url}
          @input=${(e: Event) => actions.edit(id, { url: (e.target as HTMLInputElement).value })}
        />
        <p class="hint" id="${id}-url-hint">${t('policyLinkHint')}</p>
        ${errors.url ? html`<p class="error" id="${id}-url-error" part="error">${errors.url}</p>` : nothing}
      </div>
    </fieldset>
    ${
      policy.updatedBy && policy.updatedAt
        ? html`<p class="muted">${t('policyUpdated', policy.updatedBy, i18n.date(policy.updatedAt))}</p>`
        : nothing
    }
    ${
      row.conflict
        ? html`<div class="conflict">
            <p class="error" role="alert" part="error">${t('policyConflict')}</p>
            <button type="button" class="button secondary" @click=${() => actions.loadCurrent(id)}>
              ${t('policyLoadCurrent')}
            </button>
          </div>`
        : nothing
    }
    ${row.error ? html`<p class="error" role="alert" part="error">${row.error}</p>` : nothing}
    ${row.notice ? html`<p class="notice">${row.notice}</p>` : nothing}
    ${
      readOnly
        ? nothing
        : html`<div class="actions">
            <button
              class="button"
              part="button"
              aria-label=${t('policySaveLabel', policy.productName)}
              ?disabled=${row.busy}
            >
              ${row.busy ? t('policySaving') : t('policySave')}
            </button>
          </div>`
    }
  </form>`;
}
