import type { Speaker } from './analysis-schema';

// Cue words that make the writer's words a question put to someone ("I asked him, “…”").
const ASKING = new Set(['asked', 'ask', 'asks', 'asking', 'wondered', 'inquired', 'enquired']);
// "I" outside quotation marks is the article's writer: sure, but a description, never a name.
const WRITER_CONFIDENCE = 0.9;

/**
 * The article's writer as a described speaker: "the interviewer", in the role of the article's
 * writer, for a question ("I asked her whether …"); "the article's writer" for anything else said
 * as "I". The panel then heads the group "the interviewer · described" with the role under it.
 */
export function writerSpeaker(mention: string, cueWord: string | null): Speaker {
  const asks = cueWord !== null && ASKING.has(cueWord.toLowerCase());
  return {
    name: asks ? 'the interviewer' : "the article's writer",
    role: asks ? "the article's writer" : null,
    mention,
    named: false,
    anonymous: false,
    confidence: WRITER_CONFIDENCE,
  };
}
