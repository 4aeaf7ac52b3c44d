import { css } from 'lit';

export const ineligibleNoticeStyles = css`
  blockquote {
    margin: 0 0 0.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-inline-start: 4px solid var(--ssp-color-border, #8a8886);
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  textarea {
    min-block-size: 5rem;
    resize: vertical;
  }
  .sent {
    font-weight: 600;
  }
`;
