import { css } from 'lit';

export const signInStyles = css`
  .account {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;
