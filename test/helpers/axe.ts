/** axe with exactly the WCAG 2.0, 2.1 and 2.2 A and AA rules: the level we state in the README. */
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>;
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function expectWcagAA(element: Element, what = element.localName): Promise<void> {
  const result = await window.axe.run(element, {
    runOnly: { type: 'tag', values: WCAG_AA_TAGS },
    resultTypes: ['violations'],
  });
  const problems = result.violations.map(
    (v) => `${what}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(problems, problems.join('\n')).to.deep.equal([]);
}
