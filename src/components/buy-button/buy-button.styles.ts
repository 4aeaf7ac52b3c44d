/** The buy button's own CSS (plain text: the button is built without Lit, see buy-button.ts). */
const css = String.raw; // marks CSS text for the build's minifier

export const buyButtonCss = css`
  :host {
    display: inline-block;
  }
  dialog {
    inline-size: min(38rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    overflow: auto;
    padding: 0;
    border: 0;
    border-radius: var(--ssp-radius-dialog, 0.75rem);
    background: var(--ssp-color-surface, #ffffff);
    color: var(--ssp-color-text, #1b1b1f);
    box-shadow: 0 12px 40px rgb(0 0 0 / 30%);
  }
  /* Non-modal while a payment is confirmed (see step-down.ts): looks the same, leaves the top layer. */
  dialog.stepped-down {
    position: fixed;
    inset: 0;
    margin: auto;
    z-index: 2147483000;
    box-shadow:
      0 12px 40px rgb(0 0 0 / 30%),
      0 0 0 100vmax rgb(0 0 0 / 45%);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  .bar {
    display: flex;
    justify-content: flex-end;
    padding: 0.5rem;
  }
  .close {
    inline-size: 2.75rem;
    min-block-size: 2.75rem;
    padding: 0;
    font-size: 1.5rem;
    line-height: 1;
  }
  .body {
    padding-block: 0 1.5rem;
    padding-inline: 1.5rem;
  }
  @media (forced-colors: active) {
    dialog {
      border: 1px solid CanvasText;
    }
  }
`;
