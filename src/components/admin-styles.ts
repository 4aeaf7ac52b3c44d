import { css } from 'lit';

/** What the admin elements share: the container, tables in a scrolling wrapper, confirmations, notices. */
export const adminStyles = css`
  :host {
    max-inline-size: var(--ssp-admin-max-width, 64rem);
  }
  .admin {
    display: block;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1.0625rem;
  }
  select {
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--ssp-color-border, #8a8886);
    border-radius: var(--ssp-radius, 0.375rem);
    background: var(--ssp-color-surface, #ffffff);
    color: inherit;
    font: inherit;
    max-inline-size: 100%;
  }
  select:focus-visible {
    outline: 3px solid var(--ssp-color-focus, #0f5ec4);
    outline-offset: 1px;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--ssp-color-danger, #a4262c);
    border-width: 2px;
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--ssp-color-focus, #0f5ec4);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    padding: 0.5rem;
    border-block-end: 1px solid var(--ssp-color-border, #8a8886);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-size: 0.875rem;
    white-space: nowrap;
  }
  td {
    overflow-wrap: anywhere;
  }
  .text {
    white-space: pre-wrap;
  }
  .confirm {
    margin-block: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--ssp-color-border, #8a8886);
    border-radius: var(--ssp-radius, 0.375rem);
  }
  .notice {
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    textarea[aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
