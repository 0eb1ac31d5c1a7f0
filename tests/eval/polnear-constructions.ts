/** Sorts a PolNeAR attribution into a construction, so the eval can show which kinds still fail. */

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const INDEFINITE = /^(a|an|some|several|many|two|three|other|one|senior|top)\b/i;

export interface GoldShape {
  direct: boolean;
  source: string | null;
  sourceStart: number | null;
  cue: string | null;
  cueStart: number | null;
}

/** "direct · name · source before cue" and the like. */
export function constructionOf(g: GoldShape): string {
  const kind = g.direct ? 'direct' : 'reported';
  if (!g.source) return `${kind} · no source`;
  const src = g.source.trim();
  const cue = (g.cue ?? '').toLowerCase();
  let form: string;
  if (cue.startsWith('according')) form = 'according to';
  else if (PRONOUNS.has(src.toLowerCase())) form = 'pronoun';
  else if (INDEFINITE.test(src) || (/^[a-z]/.test(src) && /s$/.test(src)))
    form = 'anonymous/plural';
  else if (/^(the|his|her|their|its)\b/i.test(src) && !/\b[A-Z][a-z]+ [A-Z][a-z]+/.test(src))
    form = 'definite description';
  else if (/[A-Z]/.test(src)) form = 'name';
  else form = 'other';
  const order =
    g.sourceStart !== null && g.cueStart !== null && g.sourceStart > g.cueStart
      ? 'cue before source'
      : 'source before cue';
  return `${kind} · ${form} · ${order}`;
}
