/**
 * Design tokens and the host reset shared by every element, as plain CSS text: the buy button (in
 * the entry, without Lit) adopts it as a constructed style sheet, the Lit elements through
 * `styles.ts`. Hosts theme the SDK with the `--ssp-*` custom properties; each has a default here
 * so an unthemed page looks right.
 */

/** Marks CSS text (the build minifies literals tagged `css`); the text is used as written. */
const css = String.raw;

export const hostCss = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--ssp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--ssp-font-size, 1rem);
    line-height: 1.5;
    color: var(--ssp-color-text, #1b1b1f);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

export const buttonCss = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1.25rem;
    border: 1px solid transparent;
    border-radius: var(--ssp-radius, 0.375rem);
    background: var(--ssp-color-accent, #0f5ec4);
    color: var(--ssp-color-on-accent, #ffffff);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: var(--ssp-color-accent-hover, #0b4a9c);
  }
  .button:focus-visible {
    outline: 3px solid var(--ssp-color-focus, #0f5ec4);
    outline-offset: 2px;
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .button.secondary {
    background: transparent;
    border-color: var(--ssp-color-border, #8a8886);
    color: var(--ssp-color-text, #1b1b1f);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:focus-visible {
      outline-color: Highlight;
    }
    /* Opacity is lost in forced colors: a busy or disabled button takes the system's disabled colour. */
    .button[disabled],
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

export const errorCss = css`
  .error {
    color: var(--ssp-color-danger, #a4262c);
    font-weight: 600;
  }
`;
