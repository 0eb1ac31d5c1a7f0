// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportFactChecks } from '../../../components/library/ImportFactChecks';
import { feedJson } from '../../bench/generate-fact-checks';
import { dumpDb, freshDb } from '../db/db-helpers';
import { render, settle } from './render';

const byTestId = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`);

async function chooseFile(container: HTMLElement, name: string, text: string) {
  const input = byTestId(container, 'fact-check-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  for (
    let i = 0;
    i < 40 && !byTestId(container, 'fact-check-result') && !byTestId(container, 'fact-check-error');
    i++
  ) {
    await settle(50);
  }
}

afterEach(() => vi.restoreAllMocks());

describe('ImportFactChecks', () => {
  it('imports a feed file, shows the counts and what it skipped, and fetches nothing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const db = freshDb();
    const { container } = await render(<ImportFactChecks db={db} />);
    await chooseFile(container, 'feed.json', feedJson(200));
    const stored = await db.factChecks.count();
    expect(stored).toBeGreaterThan(150);
    expect(byTestId(container, 'fact-check-result')?.textContent).toContain(
      `Imported feed.json: ${stored} new fact-checks, 0 updated.`,
    );
    expect(byTestId(container, 'fact-check-skipped')?.textContent).toMatch(/× .*e\.g\. record \d+/);
    await settle(50);
    expect(byTestId(container, 'fact-check-total')?.textContent).toContain(
      `holds ${stored} fact-checks`,
    );
    expect(byTestId(container, 'fact-check-credit')?.textContent).toContain('CC BY 4.0');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('rejects a file with no valid record in words, changing nothing', async () => {
    const db = freshDb();
    const { container } = await render(<ImportFactChecks db={db} />);
    await settle();
    const before = await dumpDb(db);
    await chooseFile(container, 'page.json', JSON.stringify({ '@type': 'NewsArticle' }));
    expect(byTestId(container, 'fact-check-error')?.textContent).toBe(
      'page.json was not imported, and your fact-checks are unchanged: it holds no ClaimReview records.',
    );
    expect(await dumpDb(db)).toEqual(before);
  });
});
