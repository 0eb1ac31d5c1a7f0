import type { Analysis } from '../analysis/analysis-schema';
export function analyzeText(text: string): Analysis {
  const terms = [...text.matchAll(/so-called|pretext/g)].map((m, i) => ({ id: `t${i}`, entry: m[0], category: 'doubt' as const, text: m[0], start: m.index, end: m.index + m[0].length, why: 'x', alternative: null, voice: 'outlet' as const, quoteId: null, speaker: null }));
  const quotes = [...text.matchAll(/“([^”]+)”/g)].map((m, i) => ({ id: `q${i}`, kind: 'direct' as const, text: m[1]!, start: m.index + 1, end: m.index + 1 + m[1]!.length, speaker: { name: 'Marta Quill', role: 'harbour master', mention: 'Quill', anonymous: false }, cue: { text: 'said', start: 0, end: 1, neutral: true } }));
  return { quotes, terms, sourcing: [], entities: [] };
}
