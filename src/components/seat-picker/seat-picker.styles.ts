import { css } from 'lit';

export const seatPickerStyles = css`
  .stepper {
    display: flex;
    gap: 0.5rem;
    align-items: stretch;
  }
  .stepper input {
    inline-size: 6rem;
    text-align: center;
  }
  .stepper .button {
    padding-inline: 0;
    inline-size: 2.75rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.25rem;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 1.5rem;
    font-weight: 400;
  }
  .choice input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    min-block-size: 0;
    margin: 0;
  }
  .total {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    padding-block: 0.75rem;
    border-block: 1px solid var(--ssp-color-border, #8a8886);
    font-size: 1.125rem;
  }
  .total output {
    font-weight: 700;
  }
  .disclosures h3 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .disclosures ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    font-size: 0.875rem;
  }
  .disclosures p {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
  }
`;
