import { readFileSync } from 'node:fs';
import { analyzeText } from '../../utils/analysis/analyze-text';
import type { Quote } from '../../utils/analysis/analysis-schema';
import { inSplit, join, listFiles, type Split } from './corpora';
import { formatPrf, fmt, overlapsHalf, prf } from './scores';

interface Gold {
  start: number;
  end: number;
  direct: boolean;
  source: string | null;
}

const MARKS = /^[“”"«»„‘’'‹›‚]/;

/** Reads the attribution events of one brat .ann file: content span (all fragments), and source text. */
function readGold(ann: string, text: string): Gold[] {
  const spans = new Map<string, { start: number; end: number; text: string }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('E')) events.push(body);
    else if (id.startsWith('T')) {
      const ranges = body
        .slice(body.indexOf(' ') + 1)
        .split(';')
        .map((r) => r.trim().split(' ').map(Number));
      const start = Math.min(...ranges.map((r) => r[0]!));
      const end = Math.max(...ranges.map((r) => r[1]!));
      spans.set(id, { start, end, text: text.slice(start, end) });
    }
  }
  return events.flatMap((e) => {
    const roles = new Map(e.split(' ').map((p) => p.split(':') as [string, string]));
    const content = spans.get(roles.get('Content') ?? '');
    if (!content) return [];
    const t = content.text.trim();
    const direct = MARKS.test(t) || MARKS.test(t.slice(-1));
    return [
      {
        start: content.start,
        end: content.end,
        direct,
        source: spans.get(roles.get('Source') ?? '')?.text ?? null,
      },
    ];
  });
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const head = (s: string) => words(s).pop() ?? '';

function speakerMatches(q: Quote, source: string): boolean {
  if (!q.speaker) return false;
  const ours = new Set([...words(q.speaker.mention), ...words(q.speaker.name)]);
  return ours.has(head(source)) || words(source).includes(head(q.speaker.mention));
}

/** Scores attribution on PolNeAR: all quotes, direct quotes only, and speaker accuracy. */
export function evalPolnear(dir: string, split: Split): string[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  const anns = listFiles(annDir, '.ann');
  const annFor = new Map<string, string>();
  for (const a of anns) {
    const base = a.slice(0, a.lastIndexOf('_'));
    if (!annFor.has(base)) annFor.set(base, a);
  }
  const names = inSplit(listFiles(textDir, '.txt'), split).filter((f) =>
    annFor.has(f.slice(0, -4)),
  );
  const c = { all: [0, 0, 0, 0], direct: [0, 0, 0, 0], speakerOk: 0, speakerAll: 0 };
  for (const name of names) {
    const text = readFileSync(join(textDir, name), 'utf8');
    const gold = readGold(readFileSync(join(annDir, annFor.get(name.slice(0, -4))!), 'utf8'), text);
    const quotes = analyzeText(text).quotes;
    for (const [kind, qs, gs] of [
      ['all', quotes, gold],
      ['direct', quotes.filter((q) => q.kind === 'direct'), gold.filter((g) => g.direct)],
    ] as const) {
      const counts = c[kind];
      counts[0]! += qs.filter((q) => gs.some((g) => overlapsHalf(q, g))).length;
      counts[1]! += qs.length;
      counts[2]! += gs.filter((g) => qs.some((q) => overlapsHalf(q, g))).length;
      counts[3]! += gs.length;
    }
    for (const q of quotes) {
      const g = gold.find((x) => x.source && overlapsHalf(q, x));
      if (!g) continue;
      c.speakerAll++;
      if (speakerMatches(q, g.source!)) c.speakerOk++;
    }
  }
  const [a, d] = [c.all, c.direct];
  return [
    `polnear (${split}, ${names.length} articles)`,
    `  ${formatPrf('all attribution', prf(a[0]!, a[1]!, a[2]!, a[3]!))}`,
    `  ${formatPrf('direct quotes  ', prf(d[0]!, d[1]!, d[2]!, d[3]!))}`,
    `  speaker accuracy: ${fmt(c.speakerAll ? c.speakerOk / c.speakerAll : 0)} (${c.speakerOk}/${c.speakerAll})`,
  ];
}
