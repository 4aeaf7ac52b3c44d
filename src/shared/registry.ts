/** Registers a tag unless something (maybe another copy of the SDK) already did. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
