/** The bench's builds mark their steps (`benchMark`); the reader's build leaves no marks on pages. */
export const MARKS = { 'import.meta.env.SOURCELIGHT_MARKS': 'true' };
