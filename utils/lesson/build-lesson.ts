import type { Analysis } from '../analysis/analysis-schema';
import { findingsOf } from '../page/findings';
import { addFindings, type AddedFinding } from './added-finding';
import { contentHash } from './content-hash';
import { LESSON_FORMAT, LESSON_VERSION, type Lesson, type LessonArticle } from './lesson-schema';

/** What the trainer prepared: the page's analysis, their dismissals, additions and notes. */
export interface LessonDraft {
  article: LessonArticle;
  analysis: Analysis;
  /** Keys (Finding.key) of the findings the trainer dismissed: left out of the key. */
  dismissed: ReadonlySet<string>;
  additions: readonly AddedFinding[];
  /** Discussion notes by finding id. */
  notes: Readonly<Record<string, string>>;
  /** When saving again a lesson opened from a file: its id and its earlier additions. */
  previous?: { id: string; added: readonly string[] };
}

/** The key analysis without the dismissed findings (and without quotes' links to dropped ones). */
export function keptFindings(analysis: Analysis, dismissed: ReadonlySet<string>): Analysis {
  const gone = new Set(
    findingsOf(analysis)
      .filter((f) => dismissed.has(f.key))
      .map((f) => f.id),
  );
  const quotes = analysis.quotes
    .filter((q) => !gone.has(`quote:${q.id}`))
    .map((q) => (q.continues && gone.has(`quote:${q.continues}`) ? { ...q, continues: null } : q));
  return {
    quotes,
    terms: analysis.terms.filter((t) => !gone.has(`term:${t.id}`)),
    sourcing: analysis.sourcing.filter((s) => !gone.has(`sourcing:${s.id}`)),
    entities: analysis.entities,
  };
}

/** The hashed part of a lesson: everything a student's result must have been scored against. */
export function hashedPart(lesson: Omit<Lesson, 'contentHash' | 'id' | 'savedAt'>): unknown {
  const { format, version, article, key, added, notes } = lesson;
  return { format, version, article, key, added, notes };
}

/** Builds the lesson file's content from the trainer's draft. */
export async function buildLesson(
  draft: LessonDraft,
  now: Date = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<Lesson> {
  const kept = keptFindings(draft.analysis, draft.dismissed);
  const { key, ids } = addFindings(kept, draft.additions);
  const present = new Set(findingsOf(key).map((f) => f.id));
  const notes: Record<string, string> = {};
  for (const [id, note] of Object.entries(draft.notes)) {
    if (present.has(id) && note.trim()) notes[id] = note.trim();
  }
  draft.additions.forEach((a, i) => {
    if (a.note.trim()) notes[ids[i]!] = a.note.trim();
  });
  const added = [...(draft.previous?.added ?? []).filter((id) => present.has(id)), ...ids];
  const body = {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    article: draft.article,
    key,
    added,
    notes,
  } as const;
  return {
    ...body,
    id: draft.previous?.id ?? newId(),
    savedAt: now.toISOString(),
    contentHash: await contentHash(hashedPart(body)),
  };
}
