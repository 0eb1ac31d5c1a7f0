import { readFileSync } from 'node:fs';
import { analyzeText } from '../../utils/analysis/analyze-text';
import type { Quote } from '../../utils/analysis/analysis-schema';
import { inSplit, join, listFiles, type Split } from './corpora';
import { matchOneToOne } from './match-one-to-one';
import { constructionOf, type GoldShape } from './polnear-constructions';
import { formatPrf, fmt, overlapsHalf, prf } from './scores';

interface Gold extends GoldShape {
  start: number;
  end: number;
}

const MARKS = /^[“”"«»„‘’'‹›‚]/;

/** Reads the attribution events of one brat .ann file: content span (all fragments), source and cue. */
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
    const source = spans.get(roles.get('Source') ?? '');
    const cue = spans.get(roles.get('Cue') ?? '');
    return [
      {
        start: content.start,
        end: content.end,
        direct: MARKS.test(t) || MARKS.test(t.slice(-1)),
        source: source?.text ?? null,
        sourceStart: source?.start ?? null,
        cue: cue?.text ?? null,
        cueStart: cue?.start ?? null,
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

/** A quotation split by its cue is one claim: its parts become one span with the first part's speaker. */
function asClaims(quotes: readonly Quote[]): Quote[] {
  const byId = new Map(quotes.map((q) => [q.id, { ...q }]));
  const out: Quote[] = [];
  for (const q of quotes) {
    const head = q.continues ? byId.get(q.continues) : undefined;
    if (head) head.end = Math.max(head.end, q.end);
    else out.push(byId.get(q.id)!);
  }
  return out;
}

interface Row {
  gold: number;
  missed: number;
  ok: number;
  unclear: number;
  wrong: number;
  namedWrong: number;
}
const emptyRow = (): Row => ({ gold: 0, missed: 0, ok: 0, unclear: 0, wrong: 0, namedWrong: 0 });

/**
 * Scores attribution on PolNeAR: all quotes, direct quotes (many-to-many as before, and one-to-one),
 * speaker accuracy, named-speaker precision, the share of quotes shown without a speaker and, on the
 * train part, errors per construction.
 */
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
  const one = { all: [0, 0, 0], direct: [0, 0, 0] };
  let shown = 0;
  let nullSpeakers = 0;
  let named = 0;
  let namedOk = 0;
  const rows = new Map<string, Row>();
  for (const name of names) {
    const text = readFileSync(join(textDir, name), 'utf8');
    const gold = readGold(readFileSync(join(annDir, annFor.get(name.slice(0, -4))!), 'utf8'), text);
    const quotes = asClaims(analyzeText(text).quotes);
    shown += quotes.length;
    nullSpeakers += quotes.filter((q) => !q.speaker).length;
    for (const [kind, qs, gs] of [
      ['all', quotes, gold],
      ['direct', quotes.filter((q) => q.kind === 'direct'), gold.filter((g) => g.direct)],
    ] as const) {
      const counts = c[kind];
      counts[0]! += qs.filter((q) => gs.some((g) => overlapsHalf(q, g))).length;
      counts[1]! += qs.length;
      counts[2]! += gs.filter((g) => qs.some((q) => overlapsHalf(q, g))).length;
      counts[3]! += gs.length;
      const pairs = matchOneToOne(qs, gs);
      one[kind][0]! += pairs.filter((j) => j >= 0).length;
      one[kind][1]! += qs.length;
      one[kind][2]! += gs.length;
    }
    for (const q of quotes) {
      const g = gold.find((x) => x.source && overlapsHalf(q, x));
      if (!g) continue;
      c.speakerAll++;
      const ok = speakerMatches(q, g.source!);
      if (ok) c.speakerOk++;
      if (q.speaker?.named) {
        named++;
        if (ok) namedOk++;
      }
    }
    if (split === 'train') {
      const pairs = matchOneToOne(quotes, gold);
      const foundFor = new Map(pairs.flatMap((j, i) => (j >= 0 ? [[j, quotes[i]!]] : [])));
      gold.forEach((g, j) => {
        const key = constructionOf(g);
        const row = rows.get(key) ?? emptyRow();
        rows.set(key, row);
        row.gold++;
        const q = foundFor.get(j);
        if (!q) row.missed++;
        else if (!g.source) row.ok++;
        else if (!q.speaker) row.unclear++;
        else if (speakerMatches(q, g.source)) row.ok++;
        else {
          row.wrong++;
          if (q.speaker.named) row.namedWrong++;
        }
      });
    }
  }
  const [a, d] = [c.all, c.direct];
  const oneLine = (label: string, x: number[]) =>
    `  ${formatPrf(label, prf(x[0]!, x[1]!, x[0]!, x[2]!))}  (one-to-one)`;
  const lines = [
    `polnear (${split}, ${names.length} articles)`,
    `  ${formatPrf('all attribution', prf(a[0]!, a[1]!, a[2]!, a[3]!))}  (many-to-many)`,
    oneLine('all attribution', one.all),
    `  ${formatPrf('direct quotes  ', prf(d[0]!, d[1]!, d[2]!, d[3]!))}  (many-to-many)`,
    oneLine('direct quotes  ', one.direct),
    `  speaker accuracy: ${fmt(c.speakerAll ? c.speakerOk / c.speakerAll : 0)} (${c.speakerOk}/${c.speakerAll})`,
    `  named-speaker precision: ${fmt(named ? namedOk / named : 0)} (${namedOk}/${named})`,
    `  speaker unclear (null): ${fmt(shown ? nullSpeakers / shown : 0)} (${nullSpeakers}/${shown})`,
  ];
  if (split === 'train') {
    lines.push('  per construction (gold items): gold missed ok unclear wrong named-wrong');
    for (const [key, r] of [...rows].sort((x, y) => y[1].gold - x[1].gold))
      lines.push(
        `    ${key.padEnd(48)} ${[r.gold, r.missed, r.ok, r.unclear, r.wrong, r.namedWrong].map((n) => String(n).padStart(5)).join(' ')}`,
      );
  }
  return lines;
}
