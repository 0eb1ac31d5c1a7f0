/** Expands one lexicon pattern into every word sequence it stands for (patterns are small, so this stays tiny). */
export function expandPattern(pattern: string): string[][] {
  const slots: string[][][] = [];
  const re = /\[([^\]]+)\]|\S+/g;
  for (const m of pattern.toLowerCase().matchAll(re)) {
    if (m[1] !== undefined) {
      slots.push([[], ...expandPattern(m[1])]);
    } else {
      const word = m[0];
      const alternatives = word.startsWith('(') ? word.slice(1, -1).split('|') : [word];
      slots.push(alternatives.map((w) => w.split('-').filter(Boolean)));
    }
  }
  let out: string[][] = [[]];
  for (const slot of slots) out = out.flatMap((prefix) => slot.map((part) => [...prefix, ...part]));
  return out.filter((seq) => seq.length > 0).map((seq) => seq.map((w) => w.replace(/’/g, "'")));
}
