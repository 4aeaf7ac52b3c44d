import { css } from 'lit';

export const purchaseCompleteStyles = css`
  .summary {
    font-size: 1.0625rem;
  }
  a.button {
    text-decoration: none;
  }
  .next {
    margin: 1rem 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }
`;
