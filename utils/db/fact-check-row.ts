import type { FactCheck } from '../factchecks/fact-check-schema';

/** A stored fact-check and when it was last imported. */
export type FactCheckRow = FactCheck & { importedAt: number };
