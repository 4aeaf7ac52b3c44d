import { css } from 'lit';

export const purchaseCompleteStyles = css`
  .summary {
    font-size: 1.0625rem;
  }
  a.button {
    text-decoration: none;
  }
`;
