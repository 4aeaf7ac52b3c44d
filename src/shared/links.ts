/** Microsoft's public pages that more than one step links to: one address each. */

/** The terms a self-service purchase is made under (the seat step's disclosures, the complete step). */
export const TERMS_URL = 'https://www.microsoft.com/licensing/terms/';
