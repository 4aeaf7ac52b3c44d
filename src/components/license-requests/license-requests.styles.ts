import { css } from 'lit';

export const licenseRequestsStyles = css`
  .show {
    margin-block-end: 0.75rem;
    justify-items: start;
  }
  .person {
    display: grid;
    font-weight: 400;
    text-align: start;
  }
  .note {
    display: block;
  }
  .status {
    font-weight: 600;
  }
  .decide {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .notice:empty {
    display: none;
  }
  .decline {
    display: grid;
    gap: 0.75rem;
  }
  .decline h3 {
    margin: 0;
  }
`;
