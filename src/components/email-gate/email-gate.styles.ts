import { css } from 'lit';

export const emailGateStyles = css`
  input {
    max-inline-size: 30rem;
  }
`;
