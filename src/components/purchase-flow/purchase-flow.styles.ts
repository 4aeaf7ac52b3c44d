import { css } from 'lit';

export const purchaseFlowStyles = css`
  :host {
    max-inline-size: var(--ssp-flow-max-width, 36rem);
  }
  .flow {
    display: block;
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
  .spinner {
    inline-size: 2rem;
    block-size: 2rem;
    margin-block: 1rem;
    border: 3px solid var(--ssp-color-border, #8a8886);
    border-block-start-color: var(--ssp-color-accent, #0f5ec4);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
