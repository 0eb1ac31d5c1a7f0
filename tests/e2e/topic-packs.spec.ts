import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { openAnalysed } from './helpers';

// The topic-pack fixture pages (invented outlets, real findings) and what each must list.
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pages/packs');
const expectations = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { pack: string; documents: string[]; reason: string }
>;
// Pack ids are namespaced, so a document's id says which pack it belongs to.
const PREFIX: Record<string, string> = {
  mh17: 'mh17.',
  novichok: 'nov.',
  'ukraine-war-claims': 'ukr.',
};

for (const [file, expected] of Object.entries(expectations)) {
  test(`the real panel on ${file} shows the ${expected.pack} pack's documents`, async ({
    context,
    serviceWorker,
    openSidePanel,
  }) => {
    const url = `/packs/${file}`;
    await openAnalysed(context, serviceWorker, url);
    const panel = await openSidePanel(url);
    await panel.waitFor(`document.querySelectorAll('[data-testid="source-item"]').length > 0`);
    const listed = await panel.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="source-item"]')].map((li) => li.dataset.documentId)`,
    );
    expect(listed).toEqual(expect.arrayContaining(expected.documents));
    expect(listed.filter((id) => !id.startsWith(PREFIX[expected.pack]!))).toEqual([]);
    const sources = await panel.evaluate<string>(
      `document.querySelector('[data-testid="independent-sources"]').innerText`,
    );
    expect(sources).toContain(`Why: `);
    expect(sources).toContain(expected.reason);
  });
}
