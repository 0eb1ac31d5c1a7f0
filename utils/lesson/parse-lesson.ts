import { findingsOf } from '../page/findings';
import { hashedPart } from './build-lesson';
import { contentHash } from './content-hash';
import {
  LESSON_FORMAT,
  LESSON_VERSION,
  LessonSchema,
  lessonText,
  type Lesson,
} from './lesson-schema';
import { describeIssue, readFormat, type FileCheck } from './read-json-file';

const WHAT = 'a Sourcelight lesson';

/**
 * Reads a `*.sourcelight-lesson.json` file: checks its format and version, its shape, that every
 * finding of the key lies inside the article text, and that the content matches its hash (so every
 * student sees the lesson exactly as the trainer saved it). Nothing is changed on failure.
 */
export async function parseLesson(text: string): Promise<FileCheck<Lesson>> {
  const read = readFormat(text, LESSON_FORMAT, WHAT);
  if (!read.ok) return read;
  const version = read.value.version;
  if (typeof version === 'number' && version > LESSON_VERSION) {
    return {
      ok: false,
      error: `This lesson was saved by a newer Sourcelight (format ${version}); update the extension to open it.`,
    };
  }
  const parsed = LessonSchema.safeParse(read.value);
  if (!parsed.success) {
    return { ok: false, error: `This lesson file is damaged (${describeIssue(parsed.error)}).` };
  }
  const lesson = parsed.data;
  const length = lessonText(lesson.article).length;
  const outside = findingsOf(lesson.key).find((f) => f.start > f.end || f.end > length);
  if (outside) {
    return {
      ok: false,
      error: `This lesson file is damaged: a finding (${outside.id}) lies outside the article.`,
    };
  }
  if ((await contentHash(hashedPart(lesson))) !== lesson.contentHash) {
    return {
      ok: false,
      error:
        'This lesson file was changed after it was saved (its content does not match its hash).',
    };
  }
  return { ok: true, value: lesson };
}
