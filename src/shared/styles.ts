import { css, unsafeCSS } from 'lit';
import { buttonCss, errorCss, hostCss } from './css.js';

// The shared styles of the Lit elements. `unsafeCSS` only wraps our own constant text (css.ts,
// shared with the Lit-free buy button), never input.
export const hostStyles = unsafeCSS(hostCss);
export const buttonStyles = unsafeCSS(buttonCss);
export const errorStyles = unsafeCSS(errorCss);

/** Headings, forms and fields shared by the step views. */
export const stepStyles = css`
  .title {
    margin: 0 0 0.5rem;
    font-size: var(--ssp-title-size, 1.25rem);
    line-height: 1.3;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 3px solid var(--ssp-color-focus, #0f5ec4);
    outline-offset: 2px;
  }
  p {
    margin: 0 0 0.75rem;
  }
  form {
    display: grid;
    gap: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint,
  .muted {
    color: var(--ssp-color-muted, #505050);
    font-size: 0.875rem;
  }
  input,
  textarea {
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--ssp-color-border, #8a8886);
    border-radius: var(--ssp-radius, 0.375rem);
    background: var(--ssp-color-surface, #ffffff);
    color: inherit;
    font: inherit;
    inline-size: 100%;
  }
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--ssp-color-focus, #0f5ec4);
    outline-offset: 1px;
  }
  input[aria-invalid='true'] {
    border-color: var(--ssp-color-danger, #a4262c);
    border-width: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .link {
    display: inline-flex;
    align-items: center;
    color: var(--ssp-color-link, #0f5ec4);
    text-decoration: underline;
    background: none;
    border: 0;
    padding: 0;
    min-block-size: 1.5rem;
    font: inherit;
    cursor: pointer;
  }
  .link:focus-visible {
    outline: 3px solid var(--ssp-color-focus, #0f5ec4);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    input[aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
