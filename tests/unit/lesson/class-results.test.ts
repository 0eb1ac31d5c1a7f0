import { describe, expect, it } from 'vitest';
import { explainFindings } from '@/utils/exercise/explain-findings';
import { scoreExercise } from '@/utils/exercise/score-exercise';
import { buildResult, resultFileName } from '@/utils/lesson/build-result';
import { classCsv, csvField } from '@/utils/lesson/class-csv';
import { addResults, summariseClass } from '@/utils/lesson/class-results';
import type { Lesson } from '@/utils/lesson/lesson-schema';
import { makeLesson, text } from './lesson-fixture';

const pick = (words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words };
};

/** A result file as the panel saves it, for these selections. */
function resultOf(lesson: Lesson, student: string, words: string[], at: string) {
  const selections = words.map(pick);
  const score = scoreExercise(explainFindings(lesson.key), selections);
  const result = buildResult(lesson, student, selections, score, new Date(at));
  return { name: resultFileName(result), text: JSON.stringify(result) };
}

describe('class results', () => {
  it('scores against the key: an added finding counts, a dismissed one is not asked for', async () => {
    const lesson = await makeLesson();
    const file = resultOf(lesson, ' Ana ', ['on Monday'], '2026-11-30T10:05:00Z');
    const result = JSON.parse(file.text) as { found: string[]; student: string };
    expect(result.found).toEqual(['term:lesson-0']);
    expect(result.student).toBe('Ana');
    expect(file.name).toBe('ana-202611301005.sourcelight-result.json');
  });

  it('imports results, refusing another lesson’s, duplicates and damaged files', async () => {
    const lesson = await makeLesson();
    const other = { ...lesson, id: 'other-lesson', contentHash: 'a'.repeat(64) };
    const ana = resultOf(lesson, 'Ana', ['on Monday'], '2026-11-30T10:05:00Z');
    const outcome = addResults(
      lesson,
      [],
      [
        ana,
        resultOf(lesson, 'Ben', ['money is gone'], '2026-11-30T10:06:00Z'),
        { ...resultOf(other, 'Cy', [], '2026-11-30T10:07:00Z'), name: 'cy.json' },
        { ...resultOf(lesson, 'ANA', [], '2026-11-30T10:05:00Z'), name: 'again.json' },
        { name: 'bad.json', text: '{"format":"sourcelight-result","version":1}' },
        { name: 'lesson.json', text: JSON.stringify(lesson) },
      ],
    );
    expect(outcome.added).toBe(2);
    expect(outcome.results.map((r) => r.student)).toEqual(['Ana', 'Ben']);
    expect(outcome.problems.map((p) => [p.file, p.error.slice(0, 30)])).toEqual([
      ['cy.json', 'This result is for another les'],
      ['again.json', 'Already imported: ANA’s result'],
      ['bad.json', 'This result file is damaged (l'],
      ['lesson.json', 'This file is not a Sourcelight'],
    ]);
    // Importing the same files again adds nothing and changes nothing.
    const again = addResults(lesson, outcome.results, [ana]);
    expect(again.added).toBe(0);
    expect(again.results).toEqual(outcome.results);
  });

  it('counts, per finding, the students who found it; most missed; frequent extras', async () => {
    const lesson = await makeLesson();
    const { results } = addResults(
      lesson,
      [],
      [
        resultOf(lesson, 'Ana', ['on Monday', 'Critics called'], '2026-11-30T10:05:00Z'),
        resultOf(lesson, 'Ben', ['on Monday', 'Critics'], '2026-11-30T10:06:00Z'),
        resultOf(lesson, 'Cy', ['Council delays'], '2026-11-30T10:07:00Z'),
      ],
    );
    const summary = summariseClass(lesson, results);
    expect(summary.students).toBe(3);
    expect(summary.findings.find((f) => f.id === 'term:lesson-0')?.found).toBe(2);
    expect(summary.mostMissed[0]!.found).toBe(0);
    expect(summary.mostMissed.every((f) => f.found < 3)).toBe(true);
    // "Critics called" and "Critics" overlap: one extra, made by two students; Cy's alone is not frequent.
    expect(summary.frequentExtras).toEqual([{ text: 'Critics called', students: 2 }]);
    const csv = classCsv(summary).split('\r\n');
    expect(csv[0]).toBe('"row","kind","text","students","of"');
    expect(csv).toContain('"extra","not in the key","Critics called","2","3"');
    expect(csv.filter((l) => l.startsWith('"finding"'))).toHaveLength(summary.findings.length);
  });

  it('writes CSV fields so a spreadsheet never runs article text as a formula', () => {
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe('"\'-1"');
    expect(csvField(3)).toBe('"3"');
  });
});
