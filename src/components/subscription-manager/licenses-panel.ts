/**
 * Who holds a license of the subscription: the list (remove one, after a confirmation) and a people
 * picker that searches the purchaser's own organization as they type (debounced, the previous
 * search aborted) and assigns up to 20 people at once, with an outcome per person.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  MAX_SEARCH_LENGTH,
  MAX_USERS_PER_REQUEST,
  type Assignment,
  type AssignmentResult,
  type DirectoryUser,
} from '../../api/subscriptions.js';
import { SspLicensesAssignedEvent } from '../../shared/events.js';
import { failure, type Failure, type ManagerHost } from './manager-host.js';

/** How long typing may pause before the directory is searched. */
export const SEARCH_DEBOUNCE_MS = 250;

export class LicensesPanel implements ReactiveController {
  assignments: Assignment[] = [];
  private search = '';
  private results?: DirectoryUser[];
  private searching = false;
  private searchError = '';
  private selected = new Map<string, DirectoryUser>();
  private busy = false;
  private error?: Failure;
  /** Per-person outcomes of the last assign or remove that were not a success. */
  private problems: string[] = [];
  /** The person whose removal waits for a confirmation. */
  private confirming?: Assignment;
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: AbortController;

  constructor(
    private readonly host: ManagerHost,
    element: ReactiveControllerHost,
  ) {
    element.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.pending?.abort();
  }

  /** A new subscription on screen: forget what was typed and picked for the previous one. */
  reset(assignments: Assignment[]): void {
    // A search still under way was for the previous subscription.
    clearTimeout(this.timer);
    this.pending?.abort();
    this.searching = false;
    this.assignments = assignments;
    this.search = '';
    this.results = undefined;
    this.selected.clear();
    this.problems = [];
    this.error = undefined;
    this.confirming = undefined;
  }

  private get free(): number {
    const { quantity, assignedCount } = this.host.detail;
    return quantity - assignedCount;
  }

  private readonly onSearch = (event: InputEvent): void => {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.pending?.abort();
    const text = this.search.trim();
    this.searchError = text.length > MAX_SEARCH_LENGTH ? this.host.i18n.t('searchTooLong', MAX_SEARCH_LENGTH) : '';
    if (!text || this.searchError) {
      this.results = undefined;
      this.searching = false;
    } else {
      this.searching = true;
      this.timer = setTimeout(() => void this.runSearch(text), SEARCH_DEBOUNCE_MS);
    }
    this.host.requestUpdate();
  };

  private async runSearch(text: string): Promise<void> {
    const pending = (this.pending = new AbortController());
    try {
      const users = await this.host.client().searchDirectory(this.host.detail.id, text, { signal: pending.signal });
      if (pending.signal.aborted) return;
      this.results = users;
      this.searchError = '';
    } catch (error) {
      if (pending.signal.aborted) return;
      this.results = undefined;
      this.searchError = failure(this.host, error).message;
    }
    this.searching = false;
    this.host.requestUpdate();
  }

  private toggle(user: DirectoryUser, on: boolean): void {
    if (on) this.selected.set(user.id, user);
    else this.selected.delete(user.id);
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Why the picked people cannot be assigned as they are, if they cannot. */
  private selectionProblem(): string {
    const count = this.selected.size;
    if (count > MAX_USERS_PER_REQUEST) return this.host.i18n.t('tooManySelected', MAX_USERS_PER_REQUEST);
    if (count > this.free) return this.host.i18n.t('notEnoughFree', this.free);
    return '';
  }

  private readonly onAssign = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy || !this.selected.size || this.selectionProblem()) return this.host.requestUpdate();
    const people = [...this.selected.values()];
    const { id, productId } = this.host.detail;
    const action = `assign:${id}:${people.map((p) => p.id).join(',')}`;
    await this.run(async () => {
      const answer = await this.host.client().assignLicenses(
        id,
        people.map((p) => p.id),
        this.host.key(action),
      );
      this.host.settled(action);
      const assigned = answer.results.filter((r) => r.status === 'assigned').map((r) => r.userId);
      this.problems = answer.results.flatMap((result) => this.outcome(result, people));
      this.selected.clear();
      this.results = undefined;
      this.search = '';
      // Assigned: said and told at once; reading the list again may fail on its own.
      if (assigned.length) {
        this.host.announce(this.host.i18n.t('assignedNotice', assigned.length));
        this.host.dispatch(new SspLicensesAssignedEvent(id, productId, assigned, answer.assignedCount));
      }
      this.host.focus('#people-search');
      await this.host.reload().catch(() => undefined);
    });
  };

  private outcome(result: AssignmentResult, people: Array<{ id: string; displayName: string }>): string[] {
    if (result.status !== 'failed') return [];
    const name = people.find((p) => p.id === result.userId)?.displayName ?? result.userId;
    const t = this.host.i18n;
    switch (result.code) {
      case 'already-assigned':
        return [t.t('assignFailedAlready', name)];
      case 'other-tenant-user':
        return [t.t('assignFailedOtherTenant', name)];
      case 'guest-user-not-assignable':
        return [t.t('assignFailedGuest', name)];
      default:
        return [t.t('unassignFailed', name)];
    }
  }

  private async unassign(person: Assignment): Promise<void> {
    const { id } = this.host.detail;
    const action = `unassign:${id}:${person.userId}`;
    await this.run(async () => {
      const answer = await this.host.client().unassignLicenses(id, [person.userId], this.host.key(action));
      this.host.settled(action);
      this.confirming = undefined;
      this.problems = answer.results.flatMap((r) => this.outcome(r, [{ id: person.userId, ...person }]));
      if (!this.problems.length) this.host.announce(this.host.i18n.t('unassigned', person.displayName));
      // The person's row goes: focus the section's heading, not nothing.
      this.host.focus('#licenses-title');
      await this.host.reload().catch(() => undefined);
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = undefined;
    this.problems = [];
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
    const open = detail.status !== 'expired';
    return html`<section aria-labelledby="licenses-title">
      <h3 id="licenses-title" tabindex="-1">${t('licensesTitle')}</h3>
      <p>${t('assignedOf', detail.assignedCount, detail.quantity)} ${t('licensesFree', this.free)}</p>
      ${
        this.problems.length
          ? html`<ul class="error" role="alert">
              ${this.problems.map((p) => html`<li>${p}</li>`)}
            </ul>`
          : nothing
      }
      ${this.error ? html`<p class="error" role="alert" part="error">${this.error.message}</p>` : nothing}
      ${
        this.assignments.length
          ? html`<ul class="people">
              ${this.assignments.map((person) => this.renderHolder(person))}
            </ul>`
          : html`<p class="muted">${t('licensesNone')}</p>`
      }
      ${open ? this.renderPicker() : nothing}
    </section>`;
  }

  private renderHolder(person: Assignment) {
    const t = this.host.i18n;
    const asking = this.confirming?.userId === person.userId;
    return html`<li>
      <span class="person"><span>${person.displayName}</span> <span class="muted">${person.email}</span></span>
      ${
        asking
          ? html`<span class="confirm" role="group" aria-label=${t.t('unassignLabel', person.displayName)}>
              <span>${t.t('unassignConfirm', person.displayName, this.host.detail.productName)}</span>
              <button class="button" part="button" ?disabled=${this.busy} @click=${() => this.unassign(person)}>
                ${t.t('unassignYes')}
              </button>
              <button class="button secondary" @click=${() => this.cancelConfirm()}>${t.t('keep')}</button>
            </span>`
          : html`<button
              class="button secondary"
              aria-label=${t.t('unassignLabel', person.displayName)}
              ?disabled=${this.busy}
              @click=${() => this.askConfirm(person)}
            >
              ${t.t('unassign')}
            </button>`
      }
    </li>`;
  }

  private askConfirm(person: Assignment): void {
    this.confirming = person;
    this.host.requestUpdate();
    // The question replaces the button: focus its answer, so a keyboard user is not left on nothing.
    this.host.focus('.confirm .button');
  }

  private cancelConfirm(): void {
    const person = this.confirming;
    this.confirming = undefined;
    this.host.requestUpdate();
    if (person) this.host.focus(`[aria-label="${CSS.escape(this.host.i18n.t('unassignLabel', person.displayName))}"]`);
  }

  private renderPicker() {
    const t = this.host.i18n;
    const problem = this.selectionProblem();
    const count = this.selected.size;
    return html`<form class="picker" part="form" @submit=${this.onAssign}>
      <label for="people-search">${t.t('searchLabel')}</label>
      <span class="hint" id="people-search-hint">${t.t('searchHint')}</span>
      <input
        id="people-search"
        part="input"
        type="search"
        autocomplete="off"
        .value=${this.search}
        aria-describedby="people-search-hint${this.searchError ? ' people-search-error' : ''}"
        aria-invalid=${this.searchError ? 'true' : 'false'}
        @input=${this.onSearch}
      />
      ${
        this.searchError
          ? html`<p class="error" id="people-search-error" role="alert">${this.searchError}</p>`
          : nothing
      }
      <div role="status" class="muted">
        ${
          this.searching
            ? t.t('searching')
            : this.results && !this.results.length
              ? t.t('searchNone', this.search.trim())
              : ''
        }
      </div>
      ${
        this.results?.length
          ? html`<fieldset class="results">
              <legend>${t.t('resultsLabel')}</legend>
              ${this.results.map((user) => this.renderCandidate(user))}
            </fieldset>`
          : nothing
      }
      ${[...this.selected.values()]
        .filter((user) => !this.results?.some((r) => r.id === user.id))
        .map((user) => this.renderCandidate(user))}
      <p class="muted" aria-live="polite">${count ? t.t('selectedCount', count) : ''}</p>
      ${problem ? html`<p class="error" role="alert">${problem}</p>` : nothing}
      <button class="button" part="button" type="submit" ?disabled=${!count || this.busy}>
        ${this.busy ? t.t('assigning') : t.t('assignSubmit', count)}
      </button>
    </form>`;
  }

  private renderCandidate(user: DirectoryUser) {
    const t = this.host.i18n;
    const note = user.assigned ? t.t('hasLicense') : !user.assignable ? t.t('guestNotAssignable') : '';
    const id = `user-${user.id}`;
    return html`<div class="candidate">
      <input
        type="checkbox"
        id=${id}
        .checked=${this.selected.has(user.id)}
        ?disabled=${user.assigned || !user.assignable}
        aria-describedby=${note ? `${id}-note` : nothing}
        @change=${(event: Event) => this.toggle(user, (event.target as HTMLInputElement).checked)}
      />
      <label for=${id}><span>${user.displayName}</span> <span class="muted">${user.email}</span></label>
      ${note ? html`<span class="muted" id="${id}-note">${note}</span>` : nothing}
    </div>`;
  }
}
