/**
 * While a card payment is confirmed, the buy button's modal dialog leaves the top layer, so that
 * Stripe's 3-D Secure challenge (appended to the page's body, under anything in the top layer)
 * shows above it and can be used. The dialog stays open, non-modal, and keeps a modal's promises
 * itself: the rest of the page is inert (the challenge arrives later, so it is not), and focus
 * stays where the person was, before and after. Loaded with the card step.
 */

/** The focused element, through shadow roots. */
function focusedElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * Makes inert what is beside `element` and each of its ancestors (across shadow roots), of the
 * body's children only those `present` (the challenge may already be there); returns those.
 */
function inertAround(element: Element, present: ReadonlySet<Element>): HTMLElement[] {
  const made: HTMLElement[] = [];
  for (let node = element; node !== document.body && node.parentNode;) {
    const parent = node.parentNode;
    for (const sibling of parent.children) {
      if (parent === document.body && !present.has(sibling)) continue;
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) made.push(sibling);
    }
    node = parent instanceof ShadowRoot ? parent.host : (parent as Element);
  }
  for (const sibling of made) sibling.inert = true;
  return made;
}

/**
 * Takes an open modal dialog out of the top layer (`ownClose` counts the closes this causes);
 * returns what puts it back, as it was, if it is still open then. `present`: the body's children
 * when the payment's confirmation began (what came after is the challenge's, and stays usable).
 */
export function stepDown(
  dialog: HTMLDialogElement,
  ownClose: () => void,
  present: ReadonlySet<Element> = new Set(document.body.children),
): (() => void) | undefined {
  if (!dialog.open || !dialog.matches(':modal')) return undefined;
  const was = focusedElement();
  ownClose();
  dialog.close();
  dialog.show();
  dialog.classList.add('stepped-down');
  const inert = inertAround(dialog, present);
  was?.focus();
  return () => {
    dialog.classList.remove('stepped-down');
    for (const element of inert) element.inert = false;
    if (!dialog.open || !dialog.isConnected) return;
    // Where the person is now, or, when that left with the challenge, where they were.
    const now = focusedElement() ?? was;
    ownClose();
    dialog.close();
    dialog.showModal();
    now?.focus();
  };
}
