import { analyzeText } from '@/utils/analysis/analyze-text';
import type { AddedFinding } from '@/utils/lesson/added-finding';
import { buildLesson } from '@/utils/lesson/build-lesson';
import type { Lesson, LessonArticle } from '@/utils/lesson/lesson-schema';
import { findingsOf } from '@/utils/page/findings';

/** Our own article text (written for these tests): a heading, a quote, loaded and vague wording. */
export const article: LessonArticle = {
  title: 'Council delays the bridge vote',
  outlet: 'The Test Gazette',
  url: 'https://news.example/bridge',
  date: '2026-11-02',
  blocks: [
    { kind: 'heading', text: 'Council delays the bridge vote' },
    {
      kind: 'paragraph',
      text: '“The engineers need another month,” said Mayor Ilse Varga on Monday.',
    },
    {
      kind: 'paragraph',
      text: 'Critics called the so-called review a pretext. Sources say the money is gone.',
    },
  ],
};
export const text = article.blocks.map((b) => b.text).join('\n');
export const analysis = analyzeText(text);

/** An added finding over `words` in the text. */
export function added(words: string, extra: Partial<AddedFinding> = {}): AddedFinding {
  const start = text.indexOf(words);
  return {
    kind: 'term',
    start,
    end: start + words.length,
    text: words,
    speaker: '',
    speakerIs: 'named',
    why: 'Ask why.',
    note: '',
    ...extra,
  };
}

/** A lesson with the first term dismissed and "on Monday" added. */
export async function makeLesson(): Promise<Lesson> {
  const first = findingsOf(analysis).find((f) => f.kind === 'term')!;
  return buildLesson(
    {
      article,
      analysis,
      dismissed: new Set([first.key]),
      additions: [added('on Monday', { note: 'When?' })],
      notes: {},
    },
    new Date('2026-11-30T10:00:00Z'),
    () => 'lesson-0001',
  );
}
