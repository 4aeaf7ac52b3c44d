/** Moves focus to a step's heading, so screen readers start reading the new step there. */
export function focusTitle(root: ParentNode): void {
  root.querySelector<HTMLElement>('.title')?.focus();
}

/**
 * A flow entered a new step (once rendered): focus moves to the step's view (which passes it to
 * its heading) unless `move` is false; returns the heading's text, for a live region.
 */
export async function enterStep(root: ParentNode, move: boolean): Promise<string> {
  const view = root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('[data-step-view]');
  await view?.updateComplete;
  if (move) (view ?? root.querySelector<HTMLElement>('.title'))?.focus();
  const heading = view?.shadowRoot?.querySelector('.title') ?? root.querySelector('.title');
  return heading?.textContent?.trim() ?? '';
}
