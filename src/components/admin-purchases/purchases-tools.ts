/** Above the purchases' table: which subscriptions to show, the search, and the CSV export. */
import { html } from 'lit';
import type { SubscriptionSourceFilter } from '../../api/admin.js';
import type { LocalizeController } from '../../i18n/i18n.js';

export interface ToolActions {
  filter(source: SubscriptionSourceFilter): void;
  search(query: string): void;
  export(): void;
}

export function renderTools(
  i18n: LocalizeController,
  state: { source: SubscriptionSourceFilter; query: string; rows: number },
  actions: ToolActions,
) {
  const t = i18n.t.bind(i18n);
  return html`<div class="tools">
    <div class="field">
      <label for="source">${t('purchasesShow')}</label>
      <select
        id="source"
        part="input"
        @change=${(e: Event) => actions.filter((e.target as HTMLSelectElement).value as SubscriptionSourceFilter)}
      >
        <option value="self-service" ?selected=${state.source === 'self-service'}>${t('sourceSelfService')}</option>
        <option value="central" ?selected=${state.source === 'central'}>${t('sourceCentral')}</option>
        <option value="all" ?selected=${state.source === 'all'}>${t('sourceAll')}</option>
      </select>
    </div>
    <div class="field">
      <label for="search">${t('purchasesSearch')}</label>
      <input
        id="search"
        part="input"
        type="search"
        autocomplete="off"
        .value=${state.query}
        @input=${(e: Event) => actions.search((e.target as HTMLInputElement).value)}
      />
    </div>
    <button class="button secondary export" ?disabled=${!state.rows} @click=${() => actions.export()}>
      ${t('purchasesExport')}
    </button>
  </div>`;
}
