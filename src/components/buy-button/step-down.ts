/**
 * While a card payment is confirmed, the buy button's modal dialog leaves the top layer, so that
 * Stripe's 3-D Secure challenge (appended to the page's body, under anything in the top layer)
 * shows above it and can be used. The dialog stays open, non-modal, and focus stays where the
 * person was, before and after. Loaded with the card step.
 */

/** The focused element, through shadow roots. */
function focusedElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * Takes an open modal dialog out of the top layer (`ownClose` counts the closes this causes);
 * returns what puts it back, as it was, if it is still open then.
 */
export function stepDown(dialog: HTMLDialogElement, ownClose: () => void): (() => void) | undefined {
  if (!dialog.open || !dialog.matches(':modal')) return undefined;
  const was = focusedElement();
  ownClose();
  dialog.close();
  dialog.show();
  dialog.classList.add('stepped-down');
  was?.focus();
  return () => {
    dialog.classList.remove('stepped-down');
    if (!dialog.open) return;
    // Where the person is now, or, when that left with the challenge, where they were.
    const now = focusedElement() ?? was;
    ownClose();
    dialog.close();
    dialog.showModal();
    now?.focus();
  };
}
