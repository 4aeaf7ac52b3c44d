import { expect } from '@open-wc/testing';
import { TAGS } from '../src/elements.js';
import { SETTINGS } from '../src/shared/settings.js';

/** The API reference page the demo server serves at /docs/api/ (made from the manifest on each visit). */
let page: Promise<Document> | undefined;
function reference(): Promise<Document> {
  page ??= fetch('/docs/api/').then(async (response) => {
    expect(response.ok).to.be.true;
    return new DOMParser().parseFromString(await response.text(), 'text/html');
  });
  return page;
}

const rows = (section: Element, title: string) => {
  const heading = [...section.querySelectorAll('h3')].find((h) => h.textContent === title);
  const table = heading?.nextElementSibling;
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
  );
};

describe('the API reference page', function () {
  this.timeout(20000);

  it('has a section for every registered element, and nothing else', async () => {
    const page = await reference();
    const sections = [...page.querySelectorAll('main section h2')].map((h) => h.id);
    expect([...sections].sort()).to.deep.equal([...TAGS].sort());
    expect(page.querySelectorAll('nav a')).to.have.length(TAGS.length);
  });

  it('lists every setting of the flow with its attribute, and its events with their classes and fields', async () => {
    const page = await reference();
    const flow = page.getElementById('ssp-purchase-flow')!.closest('section')!;
    const settings = rows(flow, 'Attributes and properties');
    for (const [property, setting] of Object.entries(SETTINGS)) {
      const row = settings.find((cells) => cells[1] === property);
      expect(row, property).to.exist;
      expect(row![0]).to.equal(setting.attribute || '');
    }
    const complete = rows(flow, 'Events').find((cells) => cells[0] === 'ssp-purchase-complete');
    expect(complete?.[1]).to.equal('SspPurchaseCompleteEvent');
    expect(complete?.[2]).to.include('purchaseId: string');
  });

  it('lists the parts and tokens of the buy button, each with a description', async () => {
    const page = await reference();
    const button = page.getElementById('ssp-buy-button')!.closest('section')!;
    const parts = rows(button, 'CSS parts');
    expect(parts.map((cells) => cells[0])).to.include.members(['button', 'dialog']);
    const tokens = rows(button, 'CSS custom properties');
    expect(tokens.map((cells) => cells[0])).to.include('--ssp-color-accent');
    for (const cells of [...parts, ...tokens]) expect(cells.at(-1), cells[0]).to.not.equal('');
  });
});
