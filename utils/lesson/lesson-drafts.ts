import type { AddedFinding } from './added-finding';

/** What a trainer has prepared for a tab's lesson and not saved yet. */
export interface LessonDraftState {
  /** The page address the draft was made on: a navigation starts a new draft. */
  url: string;
  additions: AddedFinding[];
  notes: Record<string, string>;
}

/**
 * Unsaved lesson drafts by tab, for as long as the panel is open: switching to another mode and
 * back must not lose the passages and notes the trainer has added.
 */
export const lessonDrafts = new Map<number, LessonDraftState>();
