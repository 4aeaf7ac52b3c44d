/**
 * The script for the page at the sign-in redirect URI (MSAL v5 needs it there): it hands the
 * sign-in response back to the page that opened the popup, or back to the page that started a
 * redirect sign-in. Serve a blank page at your redirect URI that loads only this module.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

void broadcastResponseToMainFrame().catch((error: unknown) => console.error('[ssp-widgets] sign-in redirect:', error));
