import { css } from 'lit';

export const buyButtonStyles = css`
  :host {
    display: inline-block;
  }
`;
