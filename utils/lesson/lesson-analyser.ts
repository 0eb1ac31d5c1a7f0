import { rangeForOffsets } from '../article/offset-range';
import { buildTextMap } from '../article/text-map';
import type { AnalysedArticle } from '../page/analyse-article';
import { loadDismissed } from '../page/dismissed-store';
import { findingsOf, possibleTermIds } from '../page/findings';
import { loadSettings } from '../settings/settings';
import { lessonText, type Lesson } from './lesson-schema';

/**
 * The page session's article, for a lesson: the rendered snapshot and the trainer's key instead of
 * the engine's analysis, so every student sees the same findings whatever the engine does today.
 */
export function lessonAnalyser(
  lesson: Lesson,
  root: Element,
): (doc: Document) => Promise<AnalysedArticle | null> {
  return async (doc) => {
    const map = buildTextMap(root);
    // The blocks are stored collapsed, so the rendered text is the saved text to the character.
    if (map.text !== lessonText(lesson.article)) {
      throw new Error('The lesson’s text could not be laid out as it was saved.');
    }
    const [settings, dismissed] = await Promise.all([
      loadSettings(),
      loadDismissed(doc.location.href),
    ]);
    const findings = findingsOf(lesson.key);
    const ranges = new Map<string, Range>();
    for (const f of findings) {
      const range = rangeForOffsets(map, f.start, f.end);
      if (range) ranges.set(f.id, range);
    }
    const possible = possibleTermIds(lesson.key);
    const article = { roots: [root], map, analysis: lesson.key, findings, possible, ranges };
    // The lesson's key is no analysis the background made: the page reports it.
    return { settings, dismissed, ...article, recorded: false };
  };
}
