// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { IndependentSources } from '../../../components/sources/IndependentSources';
import { OutletProfile } from '../../../components/sources/OutletProfile';
import type { DocumentMatch } from '../../../utils/library/match-schema';
import { render } from './render';

function match(patch: Partial<DocumentMatch['document']>, quoteIds: string[] = []): DocumentMatch {
  return {
    document: {
      id: 'doc',
      kind: 'report',
      title: 'Seventh report',
      publisher: 'UN Security Council',
      date: '2017-10-26',
      symbol: 'S/2017/904',
      url: 'https://reliefweb.int/report/x',
      urlStatus: 'mirror',
      finding: 'The panel was confident.',
      status: 'verified-mirror',
      ...patch,
    },
    score: 4,
    reasons: ['mentions White Helmets', 'claims a false-flag chemical attack'],
    matched: { entities: [], topics: [], claims: [], symbols: [] },
    quoteIds,
  };
}

describe('IndependentSources', () => {
  it('shows publisher, date, symbol, finding, badge, reasons and a new-tab link', async () => {
    const { container } = await render(<IndependentSources matches={[match({})]} />);
    const item = container.querySelector('[data-testid="source-item"]')!;
    expect(item.querySelector('[data-testid="source-meta"]')?.textContent).toBe(
      'UN Security Council · 2017-10-26 · S/2017/904',
    );
    expect(item.querySelector('[data-testid="status-badge"]')?.textContent).toContain(
      'Verified (copy)',
    );
    expect(item.querySelector('[data-testid="source-reasons"]')?.textContent).toBe(
      'Why: mentions White Helmets; claims a false-flag chemical attack',
    );
    const link = item.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://reliefweb.int/report/x');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(item.textContent).toContain('copy of the document on another site');
  });

  it('never renders a non-http(s) address as a link, and never parses text as HTML', async () => {
    const hostile = match({
      id: 'bad',
      url: 'javascript:alert(1)',
      title: '<img src=x onerror=alert(1)>',
    });
    const { container } = await render(<IndependentSources matches={[hostile]} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says so when nothing matches, and offers the linked quotes', async () => {
    const empty = await render(<IndependentSources matches={[]} />);
    expect(empty.container.textContent).toContain('Nothing in your library matches this article.');
    const picked: string[] = [];
    const { container } = await render(
      <IndependentSources matches={[match({}, ['q7'])]} onQuoteSelect={(id) => picked.push(id)} />,
    );
    container.querySelector<HTMLButtonElement>('.sl-quote-link')!.click();
    expect(picked).toEqual(['q7']);
  });
});

describe('OutletProfile', () => {
  it('shows the state affiliation and notes, and nothing for an unknown site', async () => {
    const { container } = await render(
      <OutletProfile
        profile={{
          id: 'scw.rt',
          name: 'RT',
          domains: ['rt.com'],
          matchedDomain: 'rt.com',
          owner: 'ANO TV-Novosti',
          stateAffiliation: 'Russian state-controlled',
          notes: 'Launched in 2005.',
          status: 'secondary',
          references: [{ label: 'Ref', url: 'ftp://example.org/x', status: 'secondary' }],
          origin: 'pack',
        }}
      />,
    );
    expect(container.querySelector('[data-testid="outlet-state-affiliation"]')?.textContent).toBe(
      'Russian state-controlled',
    );
    expect(container.querySelector('a')).toBeNull();
    const none = await render(<OutletProfile profile={null} />);
    expect(none.container.innerHTML).toBe('');
  });

  it('says what a dataset outlet is, with the credit, and keeps the status out of the heading', async () => {
    const c = {
      countries: ['Examplestan'],
      owners: ['Example Broadcasting Corporation'],
      typologies: [
        {
          asset: 'Example TV',
          code: 'SC',
          description:
            'State-controlled: the state funds it, owns it and controls what it publishes',
          editorialControl: true,
        },
      ],
      domain: 'example-tv.test',
      credit: 'The State Media Monitor, via the dataset',
    };
    const { container } = await render(
      <OutletProfile
        profile={{
          id: 'state-media:example-tv.test',
          name: 'Example TV',
          domains: ['example-tv.test'],
          matchedDomain: 'example-tv.test',
          owner: 'Example Broadcasting Corporation',
          stateAffiliation: 'State-controlled',
          notes: '',
          status: 'verified-mirror',
          references: [],
          origin: 'dataset',
          classification: c,
        }}
      />,
    );
    const q = (id: string) => container.querySelector(`[data-testid="${id}"]`);
    expect(container.querySelector('h2')?.textContent).toBe('Example TV');
    expect(container.querySelector('h2 [data-testid="status-badge"]')).toBeNull();
    expect(q('outlet-state-affiliation')?.textContent).toBe(c.typologies[0]!.description);
    expect(q('outlet-state-affiliation')?.getAttribute('data-controlled')).toBe('true');
    expect(q('outlet-facts')?.textContent).toBe(
      'example-tv.test · Owner: Example Broadcasting Corporation · Country: Examplestan',
    );
    expect(q('outlet-source')?.textContent).toBe(`Classification: ${c.credit}`);
    expect(q('outlet-checks')?.tagName).toBe('DETAILS');
    expect(q('outlet-checks')?.textContent).toMatch(
      /References of this profile: verified \(copy\)/,
    );
    expect(container.textContent).not.toMatch(/Verified \(copy\)/);
  });
});
