import { z } from 'zod';
import { AnalysisSchema } from '../analysis/analysis-schema';

/** What a lesson file says it is, so a stray JSON file is told apart from a lesson. */
export const LESSON_FORMAT = 'sourcelight-lesson';
/** Bumped when the file's shape changes; older versions get their own reader. */
export const LESSON_VERSION = 1;

/**
 * One block of the article: a heading or a paragraph, as plain text. Whitespace is already
 * collapsed as a browser renders it (no line breaks, tabs or double spaces), so the lesson page's
 * text is exactly the text the answer key's offsets point into.
 */
export const LessonBlockSchema = z.object({
  kind: z.enum(['heading', 'paragraph']),
  text: z
    .string()
    .min(1)
    .max(50_000)
    .refine((t) => !/[\t\n\r\f\v\u00a0]| {2}|^ | $/.test(t), 'has uncollapsed whitespace'),
});
export type LessonBlock = z.infer<typeof LessonBlockSchema>;

/** The frozen article: what it was, where it came from, and its text. */
export const LessonArticleSchema = z.object({
  title: z.string().max(1000),
  outlet: z.string().max(300),
  url: z.string().max(4000),
  /** The publication date as the page gave it, if it gave one. */
  date: z.string().max(100).nullable(),
  blocks: z.array(LessonBlockSchema).min(1).max(10_000),
});
export type LessonArticle = z.infer<typeof LessonArticleSchema>;

/** A `*.sourcelight-lesson.json` file: a snapshot of an article and the trainer's answer key. */
export const LessonSchema = z.object({
  format: z.literal(LESSON_FORMAT),
  version: z.literal(LESSON_VERSION),
  /** Random, made when the lesson is first saved; kept when it is saved again from the lesson page. */
  id: z.string().min(8).max(100),
  savedAt: z.string().max(40),
  article: LessonArticleSchema,
  /**
   * The answer key as an analysis of the snapshot text: the findings the trainer kept (dismissed
   * ones are left out) and those the trainer added. Offsets are into `lessonText(article)`.
   */
  key: AnalysisSchema,
  /** Finding ids (`term:…`) of the findings the trainer added by hand. */
  added: z.array(z.string().max(200)).max(10_000),
  /** The trainer's discussion note per step, by finding id. */
  notes: z.record(z.string().max(200), z.string().max(5000)),
  /** SHA-256 of everything above but id and savedAt: results name the exact content they were for. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Lesson = z.infer<typeof LessonSchema>;

/** The plain text of a lesson's article, blocks one per line: what the key's offsets point into. */
export function lessonText(article: LessonArticle): string {
  return article.blocks.map((b) => b.text).join('\n');
}
