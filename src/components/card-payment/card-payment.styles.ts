import { css } from 'lit';

export const cardPaymentStyles = css`
  .mount {
    min-block-size: 3rem;
    margin-block: 0.5rem 0.75rem;
  }
  ::slotted(*) {
    display: block;
  }
`;
