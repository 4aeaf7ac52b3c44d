import { css } from 'lit';

export const subscriptionManagerStyles = css`
  :host {
    max-inline-size: var(--ssp-manager-max-width, 48rem);
  }
  .manager {
    display: block;
  }
  section {
    margin-block-start: 1.5rem;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1.0625rem;
  }
  h4 {
    margin: 1rem 0 0.5rem;
    font-size: 1rem;
  }
  /* Headings take focus after an action removed the control that had it. */
  h3:focus,
  h4:focus {
    outline: none;
  }
  h3:focus-visible,
  h4:focus-visible {
    outline: 3px solid var(--ssp-color-focus, #0f5ec4);
    outline-offset: 2px;
  }
  ul {
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  .subscriptions > li,
  .people > li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding-block: 0.75rem;
    border-block-end: 1px solid var(--ssp-color-border, #8a8886);
  }
  .subscriptions > li {
    display: block;
  }
  .person {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    overflow-wrap: anywhere;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .results {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--ssp-color-border, #8a8886);
    border-radius: var(--ssp-radius, 0.375rem);
  }
  .candidate {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    align-items: center;
    min-block-size: 2.75rem;
    overflow-wrap: anywhere;
  }
  .candidate input {
    inline-size: 1.25rem;
    min-block-size: 1.25rem;
    margin: 0;
  }
  .candidate label {
    font-weight: 400;
  }
  .preview {
    margin-block: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--ssp-color-border, #8a8886);
    border-radius: var(--ssp-radius, 0.375rem);
  }
  .preview:focus-visible {
    outline: 3px solid var(--ssp-color-focus, #0f5ec4);
  }
  .status {
    font-weight: 600;
  }
  .status.past_due,
  .overdue {
    color: var(--ssp-color-danger, #a4262c);
    font-weight: 600;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--ssp-color-focus, #0f5ec4);
    outline-offset: 2px;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.5rem;
    border-block-end: 1px solid var(--ssp-color-border, #8a8886);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    font-size: 0.875rem;
  }
  .back {
    margin-block-end: 0.5rem;
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
`;
