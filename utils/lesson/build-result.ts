import type { Span } from '../exercise/overlap';
import type { ExerciseScore } from '../exercise/score-exercise';
import type { Lesson } from './lesson-schema';
import { RESULT_FORMAT, RESULT_VERSION, type StudentResult } from './result-schema';

/** A student's result file from a scored round on a lesson. */
export function buildResult(
  lesson: Lesson,
  student: string,
  selections: readonly (Span & { text: string })[],
  score: ExerciseScore,
  now: Date = new Date(),
): StudentResult {
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    lessonId: lesson.id,
    lessonHash: lesson.contentHash,
    lessonTitle: lesson.article.title,
    student: student.trim(),
    finishedAt: now.toISOString(),
    selections: selections.map(({ start, end, text }) => ({ start, end, text })),
    found: score.found.map((f) => f.finding.id),
    missed: score.missed.map((f) => f.id),
    extra: score.extra.map(({ start, end, text }) => ({ start, end, text })),
    score: {
      found: score.found.length,
      total: score.found.length + score.missed.length,
      percent: score.percent,
    },
  };
}

/** "sourcelight-result-ana-lopez-2026-11-30.json"-like, safe on any file system. */
export function resultFileName(result: StudentResult): string {
  const slug = result.student
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const time = result.finishedAt.slice(0, 16).replace(/[^0-9]/g, '');
  return `${[slug || 'student', time].join('-')}.sourcelight-result.json`;
}

/** "…-lesson-title.sourcelight-lesson.json" for a lesson file. */
export function lessonFileName(lesson: Lesson): string {
  const slug = lesson.article.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'lesson'}.sourcelight-lesson.json`;
}
