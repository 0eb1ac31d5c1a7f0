import { readFileSync } from 'node:fs';
import { analyzeText } from '../../work/main/utils/analysis/analyze-text';
const t = readFileSync('/work/shared/corpora/seed/article.txt', 'utf8');
const a = analyzeText(t);
for (const q of a.quotes) console.log(q.id, q.kind, JSON.stringify(q.text.slice(0, 60)), '|', q.speaker?.name, '|', q.speaker?.mention, '|', q.speaker?.role, '|', q.cue?.text, q.cue?.neutral);
console.log(a.terms.map((x) => `${x.text}:${x.category}:${x.voice}`).join(', '));
console.log(a.sourcing.map((x) => `${x.kind}:${x.text}`).join('\n'));
console.log(a.entities.map((e) => `${e.name}[${e.type}]{${e.aliases}}x${e.mentions.length}`).join(', '));
