/**
 * What a person who enlarges text or widens its spacing must still get (WCAG 1.4.4, 1.4.12): the
 * adjustments as a person's browser or bookmarklet applies them, and a check that nothing is cut
 * off or drawn over something else, and that every control can still be reached and pressed.
 */
import { within } from './keyboard.js';

/** WCAG 1.4.12's minimums, applied with `!important` everywhere, as the usual bookmarklet does. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

let spacing: CSSStyleSheet | undefined;

/** Every element of the composed tree under `root` (shadow roots included, frames not). */
export function* composedElements(root: Element | ShadowRoot | Document): Generator<Element> {
  if (root instanceof Element && root.shadowRoot) yield* composedElements(root.shadowRoot);
  for (const element of root.children) {
    yield element;
    yield* composedElements(element);
  }
}

/**
 * Text spacing in the page and in every shadow root under it. Shadow roots rendered later (a new
 * step) need another call; calling it again is harmless.
 */
export function applyTextSpacing(root: Document | Element = document): void {
  if (!spacing) {
    spacing = new CSSStyleSheet();
    spacing.replaceSync(TEXT_SPACING);
  }
  const sheet = spacing;
  const roots: Array<Document | ShadowRoot> = [document];
  for (const element of composedElements(root)) if (element.shadowRoot) roots.push(element.shadowRoot);
  for (const target of roots) {
    if (!target.adoptedStyleSheets.includes(sheet)) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  }
}

export function removeTextSpacing(root: Document | Element = document): void {
  const roots: Array<Document | ShadowRoot> = [document];
  for (const element of composedElements(root)) if (element.shadowRoot) roots.push(element.shadowRoot);
  for (const target of roots) target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== spacing);
}

/** Text at 200 %, as the browser's text size setting does (the SDK sizes text in rem and em). */
export function setTextSize(percent: number): void {
  document.documentElement.style.fontSize = percent === 100 ? '' : `${percent}%`;
}

const CONTROLS = 'button, input, textarea, select, a[href]';

const name = (element: Element) =>
  `${element.localName}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} “${(element.textContent ?? '').trim().slice(0, 30)}”`;

function visible(element: Element): boolean {
  return element.checkVisibility({ visibilityProperty: true, opacityProperty: false });
}

/** Visually hidden on purpose (live regions for screen readers): clipped to nothing by design. */
function hiddenOnPurpose(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath !== 'none';
}

function overlap(a: DOMRect, b: DOMRect): boolean {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  // Glyph boxes of neighbouring lines may touch by a pixel or two: that is not text over text.
  return width > 2 && height > Math.min(a.height, b.height) * 0.25;
}

/** The element under a point, through shadow roots. */
function hitTest(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Inside a box under `root` that scrolls sideways and can be scrolled with the keyboard (focusable). */
function scrolledInside(element: Element, root: Element): boolean {
  for (let node: Element | null = element; node && node !== root;) {
    const style = getComputedStyle(node);
    if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && (node as HTMLElement).tabIndex >= 0)
      return true;
    const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    node = parent;
  }
  return false;
}

/**
 * What is wrong with the layout under `root` (its shadow roots included): text cut off by a box
 * that hides overflow, text sticking out of its control or out of `root`, text or controls drawn
 * over each other, and controls that are hidden under something, too small, or out of Tab's reach.
 */
export function layoutProblems(root: Element): string[] {
  const problems: string[] = [];
  const elements = [root, ...composedElements(root)].filter(visible);
  const bounds = root.getBoundingClientRect();

  // Cut off: a box that hides its overflow while its content is larger.
  for (const element of elements) {
    const style = getComputedStyle(element);
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    if (hiddenOnPurpose(element) || element instanceof HTMLIFrameElement) continue;
    if (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
      problems.push(`cut off (width ${element.scrollWidth} > ${element.clientWidth}): ${name(element)}`);
    if (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
      problems.push(`cut off (height ${element.scrollHeight} > ${element.clientHeight}): ${name(element)}`);
  }

  // Every line of text, and every control.
  const pieces: Array<{ rect: DOMRect; owner: Element; what: string }> = [];
  for (const element of elements) {
    if (element.closest('.visually-hidden') || hiddenOnPurpose(element)) continue;
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1) continue;
        pieces.push({ rect, owner: element, what: `text “${node.textContent.trim().slice(0, 30)}”` });
        // A wide table scrolls inside its own box (WCAG 1.4.10 excepts data tables): not lost.
        if (scrolledInside(element, root)) continue;
        if (rect.left < bounds.left - 1 || rect.right > bounds.right + 1)
          problems.push(`text sticks out of ${root.localName}: “${node.textContent.trim().slice(0, 30)}”`);
        const control = element.closest(CONTROLS);
        const box = control?.getBoundingClientRect();
        if (box && (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.bottom > box.bottom + 1))
          problems.push(`text sticks out of its control: ${name(control!)}`);
      }
    }
  }
  const controls = elements.filter((element) => element.matches(CONTROLS));
  for (const control of controls)
    pieces.push({ rect: control.getBoundingClientRect(), owner: control, what: name(control) });

  // Drawn over each other: pieces of two different things (text inside a control is the control's).
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const a = pieces[i]!;
      const b = pieces[j]!;
      if (within(a.owner, b.owner) || within(b.owner, a.owner)) continue;
      if (a.owner === b.owner) continue;
      if (overlap(a.rect, b.rect)) problems.push(`overlap: ${a.what} and ${b.what}`);
    }
  }

  // Controls: reachable with Tab, at least 24 × 24 px, and the one a pointer hits at their centre.
  for (const control of controls) {
    const element = control as HTMLElement;
    if (element.tabIndex < 0 || element.closest('[inert]')) problems.push(`out of Tab's reach: ${name(control)}`);
    element.scrollIntoView({ block: 'center', inline: 'center' });
    const box = element.getBoundingClientRect();
    if (Math.round(box.width) < 24 || Math.round(box.height) < 24)
      problems.push(`smaller than 24 × 24 (${Math.round(box.width)} × ${Math.round(box.height)}): ${name(control)}`);
    const hit = hitTest(box.left + box.width / 2, box.top + box.height / 2);
    // A label wraps its radio button: a press on the label reaches the radio.
    const reaches =
      hit && (within(hit, control) || (hit.closest('label') !== null && within(control, hit.closest('label')!)));
    if (!reaches) problems.push(`covered by ${hit ? name(hit) : 'nothing'}: ${name(control)}`);
  }
  return problems;
}
