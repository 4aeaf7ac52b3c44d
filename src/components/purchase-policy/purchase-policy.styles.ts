import { css } from 'lit';

export const purchasePolicyStyles = css`
  .policies {
    display: grid;
    gap: 1rem;
  }
  .policy {
    padding: 1rem;
    border: 1px solid var(--ssp-color-border, #8a8886);
    border-radius: var(--ssp-radius, 0.375rem);
  }
  .fields {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .policy p {
    margin: 0;
  }
  .conflict {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
`;
