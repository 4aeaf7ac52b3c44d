/**
 * The `::part()` names the step views share, and how the elements that show the steps in their
 * shadow roots pass them on (`exportparts`), so a host page styles a step's field through
 * `ssp-purchase-flow::part(input)` or `ssp-buy-button::part(input)`. Every part is public API: each
 * element's JSDoc header lists the ones it has or passes on.
 */

/** The parts of the step views, by role (a step has those of its role it needs). */
export const STEP_PARTS = ['title', 'form', 'input', 'button', 'error'] as const;
export type StepPart = (typeof STEP_PARTS)[number];

/** The flow's parts: its own container, and its steps' parts under their own names. */
export const FLOW_PARTS = ['base', ...STEP_PARTS] as const;
export type FlowPart = (typeof FLOW_PARTS)[number];

/**
 * The flow's parts as the buy button passes them on. Each keeps its name, except the names that on
 * a buy button would mean the buy button itself: its own `button` part is the buy button, and
 * `base` is, by convention, an element's own outer box. `error` is shared: the buy button's own
 * error (an unknown product) and the flow's are both error messages, never on screen together.
 */
export const BUY_BUTTON_FLOW_PARTS: Readonly<Record<FlowPart, string>> = {
  base: 'flow-base',
  title: 'title',
  form: 'form',
  input: 'input',
  button: 'flow-button',
  error: 'error',
};

/** `exportparts` for a list of `[inner, outer]` names. */
const exportParts = (names: ReadonlyArray<readonly [string, string]>): string =>
  names.map(([inner, outer]) => (inner === outer ? inner : `${inner}: ${outer}`)).join(', ');

/** `exportparts` of a step view inside the flow. */
export const STEP_EXPORTPARTS = exportParts(STEP_PARTS.map((part) => [part, part] as const));

/** `exportparts` of the flow inside the buy button's dialog. */
export const FLOW_EXPORTPARTS = exportParts(FLOW_PARTS.map((part) => [part, BUY_BUTTON_FLOW_PARTS[part]] as const));
