// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LibraryManager } from '../../../components/library/LibraryManager';
import { seedBundledPacks } from '../../../utils/library/seed-bundled-packs';
import type { SourcelightDb } from '../../../utils/db/sourcelight-db';
import { dumpDb, freshDb } from '../db/db-helpers';
import { tinyPack } from './pack-fixtures';
import { render, until } from './render';

let db: SourcelightDb;
beforeEach(async () => {
  db = freshDb();
  await seedBundledPacks(db);
});

const byTestId = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`);

async function chooseFile(container: HTMLElement, name: string, text: string) {
  const input = byTestId(container, 'import-file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await until(() => byTestId(container, 'import-result') ?? byTestId(container, 'import-error'));
}

/** Types into a controlled field the way React notices (native setter + input event). */
async function type(container: HTMLElement, name: string, value: string) {
  await typeInto(byTestId(container, `field-${name}`)!, value);
}

async function typeInto(element: Element, value: string) {
  const field = element as HTMLInputElement | HTMLTextAreaElement;
  const proto =
    field instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('LibraryManager', () => {
  it('lists and searches the seeded library', async () => {
    const { container } = await render(<LibraryManager db={db} />);
    await until(() => byTestId(container, 'library-count'));
    expect(byTestId(container, 'library-manager')).not.toBeNull();
    const search = byTestId(container, 'library-search') as HTMLInputElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
        search,
        'S/2017/904',
      );
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const ids = [...container.querySelectorAll('[data-testid="library-entry"]')].map((e) =>
      e.getAttribute('data-entry-id'),
    );
    expect(ids).toEqual(['scw.jim-seventh-report']);
  });

  it('shows the zod path of a bad pack and leaves the library unchanged', async () => {
    const { container } = await render(<LibraryManager db={db} />);
    await until(() => byTestId(container, 'library-count'));
    const before = await dumpDb(db);
    const pack = tinyPack();
    const bad = { ...pack, documents: [{ ...pack.documents![0]!, url: 'javascript:alert(1)' }] };
    await chooseFile(container, 'bad.json', JSON.stringify(bad));
    expect(byTestId(container, 'import-error')?.textContent).toContain(
      'Document 1 (“Inspection of the Millbrook dam”): the link must start with http:// or https://',
    );
    expect(byTestId(container, 'import-error-detail')?.textContent).toBe(
      'Where in the file: documents[0].url: only http(s) links are allowed',
    );
    expect(await dumpDb(db)).toEqual(before);
  });

  it('imports a good pack and shows its entries', async () => {
    const { container } = await render(<LibraryManager db={db} />);
    await until(() => byTestId(container, 'library-count'));
    await chooseFile(container, 'tiny.json', JSON.stringify(tinyPack()));
    expect(byTestId(container, 'import-result')?.textContent).toContain('2 documents');
    await until(() => container.querySelector('[data-entry-id="tiny.dam-inspection"]'));
  });

  it('validates the document form next to each field, then saves', async () => {
    const { container } = await render(<LibraryManager db={db} />);
    await until(() => byTestId(container, 'library-count'));
    await act(async () => (byTestId(container, 'new-document') as HTMLButtonElement).click());
    await type(container, 'url', 'javascript:alert(1)');
    await act(async () => (byTestId(container, 'save-document') as HTMLButtonElement).click());
    expect(byTestId(container, 'error-title')?.textContent).toBe('must not be empty');
    expect(byTestId(container, 'error-url')?.textContent).toBe('only http(s) links are allowed');
    expect(byTestId(container, 'field-url')?.getAttribute('aria-invalid')).toBe('true');
    // The first error has the focus, not the Save button the reader pressed.
    expect(document.activeElement).toBe(byTestId(container, 'field-title'));

    await type(container, 'title', 'My hospital source');
    await type(container, 'publisher', 'Local hospital');
    await type(container, 'url', 'https://hospital.example.org/');
    await type(container, 'finding', 'Treated 12 people.');
    await type(container, 'entities', 'Douma, white helmets');
    await act(async () => (byTestId(container, 'save-document') as HTMLButtonElement).click());
    await until(() => byTestId(container, 'manager-message')?.textContent);
    expect(byTestId(container, 'manager-message')?.textContent).toContain(
      'Added “My hospital source”',
    );
    const saved = await db.documents.where('origin').equals('user').toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.entities).toEqual(['scw.douma', 'scw.white-helmets']);
  });
});

describe('LibraryManager fixes', () => {
  it('accepts an outlet on a local test host or an IP address', async () => {
    const { container } = await render(<LibraryManager db={db} />);
    await until(() => byTestId(container, 'library-count'));
    await act(async () => (byTestId(container, 'new-outlet') as HTMLButtonElement).click());
    await type(container, 'name', 'Local test outlet');
    await type(container, 'domains', '127.0.0.1, localhost');
    await act(async () => (byTestId(container, 'save-outlet') as HTMLButtonElement).click());
    await until(() => byTestId(container, 'manager-message')?.textContent);
    expect(byTestId(container, 'error-domains')).toBeNull();
    const saved = await db.outlets.where('origin').equals('user').toArray();
    expect(saved.map((o) => o.domains)).toEqual([['127.0.0.1', 'localhost']]);
  });

  it('names entity rows "entity"', async () => {
    const { container } = await render(<LibraryManager db={db} />);
    await until(() => byTestId(container, 'library-count'));
    const kinds = [...container.querySelectorAll('[data-table="entities"] .sl-kind')].map(
      (k) => k.textContent,
    );
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['entity']));
  });
});

describe('LibraryManager listing', () => {
  it('lists documents without a date too', async () => {
    const { container } = await render(<LibraryManager db={db} />);
    await until(() => byTestId(container, 'library-count'));
    const shown = container.querySelectorAll(
      '[data-testid="library-entry"][data-table="documents"]',
    );
    // Only the first 200 entries are shown; count from the status line instead.
    const total =
      (await db.documents.count()) +
      (await db.entities.count()) +
      (await db.outlets.count()) +
      (await db.topics.count());
    expect(byTestId(container, 'library-count')?.textContent).toContain(`${total} entries`);
    expect(shown.length).toBe(await db.documents.count());
    expect(container.querySelector('[data-entry-id="scw.category-1-destroyed"]')).not.toBeNull();
  });
});

describe('Test an article', () => {
  it('lists what an article qualifies for and says what a chosen document is missing', async () => {
    const { container } = await render(<LibraryManager db={db} />);
    await until(() => byTestId(container, 'test-article'));
    const text = 'Inspectors said the chlorine attack on Douma was carried out by a helicopter.';
    await typeInto(byTestId(container, 'test-article-text')!, text);
    const select = byTestId(container, 'test-article-document') as HTMLSelectElement;
    await act(async () => {
      select.value = 'scw.jim-first-report';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => (byTestId(container, 'test-article-run') as HTMLButtonElement).click());
    await until(() => byTestId(container, 'test-article-result'));
    const listed = [...container.querySelectorAll('[data-testid="test-article-listed"]')];
    expect(listed.map((l) => l.getAttribute('data-document-id'))).toContain('scw.ffm-douma-final');
    expect(listed[0]?.textContent).toMatch(/Listed\. Found: listed because of /);
    const chosen = byTestId(container, 'test-article-chosen');
    expect(chosen?.textContent).toMatch(/Not listed\./);
    expect(chosen?.textContent).toMatch(/Needs any one of: cite its symbol S\/2016\/142/);
  });
});
