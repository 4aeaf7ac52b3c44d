/**
 * The local OpenID Connect provider that `npm start` and `npm test` run (scripts/oidc-provider.mjs):
 * where it is, and the SDK-owned sign-in settings that point an element at it.
 */
import { trustJwks } from './tokens.js';

export interface LocalSignIn {
  clientId: string;
  authority: string;
  knownAuthorities: string[];
  authorityMetadata: string;
  redirectUri: string;
  scope: string;
  issuer: string;
  jwks: { keys: Array<JsonWebKey & { kid?: string }> };
}

/** Asks the dev server where the provider runs (`for=demo` picks the demo's redirect page), and makes the mock service trust its keys. */
export async function localSignIn(forPage: 'demo' | 'test' = 'test'): Promise<LocalSignIn | undefined> {
  const response = await fetch(`/__oidc.json?for=${forPage}`).catch(() => undefined);
  if (!response?.ok) return undefined;
  const settings = (await response.json()) as LocalSignIn;
  await trustJwks(settings.jwks);
  return settings;
}

/** Sets the SDK-owned sign-in attributes of a flow or buy button to the local provider. */
export function useLocalSignIn(element: HTMLElement, settings: LocalSignIn): void {
  element.setAttribute('client-id', settings.clientId);
  element.setAttribute('authority', settings.authority);
  element.setAttribute('known-authorities', settings.knownAuthorities.join(' '));
  element.setAttribute('authority-metadata', settings.authorityMetadata);
  element.setAttribute('redirect-uri', settings.redirectUri);
  element.setAttribute('api-scopes', settings.scope);
  element.setAttribute('protocol-mode', 'OIDC');
}
