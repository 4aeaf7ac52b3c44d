import { css } from 'lit';

export const adminPurchasesStyles = css`
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: end;
    margin-block-end: 1rem;
  }
  .tools .field {
    flex: 1 1 12rem;
  }
  .tools select {
    inline-size: 100%;
  }
  th[scope='row'] {
    font-weight: 600;
  }
  td .muted,
  td .flag {
    display: block;
  }
  .flag {
    font-size: 0.875rem;
    font-weight: 600;
  }
  .sort {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .sort:focus-visible {
    outline: 3px solid var(--ssp-color-focus, #0f5ec4);
    outline-offset: 2px;
  }
  .arrow {
    font-size: 0.75rem;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.5rem 1rem;
    margin: 0 0 1rem;
  }
  .facts dt {
    color: var(--ssp-color-muted, #505050);
    font-size: 0.875rem;
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  section {
    margin-block-start: 1.5rem;
  }
  .back {
    margin-block-end: 0.5rem;
  }
  .notice:empty {
    display: none;
  }
`;
