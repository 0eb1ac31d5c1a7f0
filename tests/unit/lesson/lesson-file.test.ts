import { describe, expect, it } from 'vitest';
import { addFindings } from '@/utils/lesson/added-finding';
import { buildLesson } from '@/utils/lesson/build-lesson';
import { canonicalJson } from '@/utils/lesson/content-hash';
import { parseLesson } from '@/utils/lesson/parse-lesson';
import { findingsOf } from '@/utils/page/findings';
import { added, analysis, article, makeLesson, text } from './lesson-fixture';

describe('buildLesson', () => {
  it('keeps the findings the trainer kept, leaves the dismissed out and adds theirs', async () => {
    const lesson = await makeLesson();
    const dismissedTerm = findingsOf(analysis).find((f) => f.kind === 'term')!;
    expect(analysis.terms.length).toBeGreaterThan(1);
    expect(lesson.key.terms.map((t) => t.text)).not.toContain(dismissedTerm.text);
    expect(lesson.key.terms.map((t) => t.text)).toContain('on Monday');
    expect(lesson.added).toEqual(['term:lesson-0']);
    expect(lesson.notes).toEqual({ 'term:lesson-0': 'When?' });
    expect(lesson.id).toBe('lesson-0001');
    expect(lesson.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the id and earlier additions when a lesson is saved again, with a new hash', async () => {
    const first = await makeLesson();
    const again = await buildLesson({
      article,
      analysis: first.key,
      dismissed: new Set(),
      additions: [added('the money', { kind: 'sourcing' })],
      notes: { ...first.notes, 'quote:nope': 'gone' },
      previous: { id: first.id, added: first.added },
    });
    expect(again.id).toBe(first.id);
    expect(again.added).toEqual(['term:lesson-0', 'sourcing:lesson-1']);
    expect(again.notes).toEqual({ 'term:lesson-0': 'When?' });
    expect(again.contentHash).not.toBe(first.contentHash);
  });

  it('adds a quote with the speaker as named only when the trainer says so', () => {
    const quote = (speakerIs: 'named' | 'described' | 'anonymous') =>
      addFindings(analysis, [
        added('the money is gone', { kind: 'quote', speaker: 'an aide', speakerIs }),
      ]).key.quotes.find((q) => q.id.startsWith('lesson-'))!.speaker!;
    expect(quote('named')).toMatchObject({ name: 'an aide', named: true, anonymous: false });
    expect(quote('described')).toMatchObject({ named: false, anonymous: false });
    expect(quote('anonymous')).toMatchObject({ named: false, anonymous: true });
  });

  it('marks a term added inside a quote as the speaker’s words', () => {
    const { key } = addFindings(analysis, [added('another month')]);
    const term = key.terms.find((t) => t.text === 'another month')!;
    expect(term.voice).toBe('quoted');
    expect(term.quoteId).not.toBeNull();
  });
});

describe('parseLesson', () => {
  it('reads back a saved lesson', async () => {
    const lesson = await makeLesson();
    const read = await parseLesson(JSON.stringify(lesson));
    expect(read).toEqual({ ok: true, value: lesson });
  });

  const refused = async (body: string) => {
    const read = await parseLesson(body);
    if (read.ok) throw new Error('accepted');
    return read.error;
  };

  it('refuses what is not a lesson, in words a reader understands', async () => {
    expect(await refused('{oops')).toBe('This file is not a Sourcelight lesson: it is not JSON.');
    expect(await refused('[1]')).toBe('This file is not a Sourcelight lesson.');
    expect(await refused('{"format":"sourcelight-result"}')).toContain('result file');
    const lesson = await makeLesson();
    expect(await refused(JSON.stringify({ ...lesson, version: 2 }))).toContain('newer Sourcelight');
    expect(
      await refused(JSON.stringify({ ...lesson, article: { ...article, blocks: [] } })),
    ).toMatch(/^This lesson file is damaged \(article\.blocks/);
  });

  it('refuses a changed text, a finding outside the article and raw line breaks', async () => {
    const lesson = await makeLesson();
    const edited = structuredClone(lesson);
    edited.article.blocks[1]!.text = edited.article.blocks[1]!.text.replace('month', 'year!');
    expect(await refused(JSON.stringify(edited))).toContain('changed after it was saved');
    const outside = structuredClone(lesson);
    outside.key.terms[0]!.end = text.length + 5;
    expect(await refused(JSON.stringify(outside))).toContain('outside the article');
    const broken = structuredClone(lesson);
    broken.article.blocks[1]!.text = 'two\nlines';
    expect(await refused(JSON.stringify(broken))).toContain('uncollapsed whitespace');
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 1, e: 2 }], c: 2 } })).toBe(
      canonicalJson({ a: { c: 2, d: [1, { e: 2, f: 1 }] }, b: 1 }),
    );
  });
});
