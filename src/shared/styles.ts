import { unsafeCSS } from 'lit';
import { buttonCss, errorCss, hostCss } from './css.js';

// The shared CSS for Lit elements. `unsafeCSS` only wraps our own constant text, never input.
export const hostStyles = unsafeCSS(hostCss);
export const buttonStyles = unsafeCSS(buttonCss);
export const errorStyles = unsafeCSS(errorCss);
