import { DAYS, ORGS, PEOPLE, PLACES, ROLES, SENTENCES } from './article-templates';
import { createRandom, pick } from './prng';

/** A generated news article: a title and its paragraphs of plain text. */
export interface GeneratedArticle {
  title: string;
  paragraphs: string[];
  words: number;
}

function fill(template: string, random: () => number): string {
  return template.replace(/\{([PROLND])\}/g, (_slot, kind: string) => {
    if (kind === 'P') return pick(random, PEOPLE);
    if (kind === 'R') return pick(random, ROLES);
    if (kind === 'O') return pick(random, ORGS);
    if (kind === 'L') return pick(random, PLACES);
    if (kind === 'D') return pick(random, DAYS);
    return String(2 + Math.floor(random() * 400));
  });
}

const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** An article of about `words` words (never fewer), the same for the same `seed`. */
export function generateArticle(words: number, seed = 1): GeneratedArticle {
  const random = createRandom(seed * 7919 + words);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const sentences: string[] = [];
    const size = 2 + Math.floor(random() * 4);
    for (let i = 0; i < size && total < words; i++) {
      const sentence = fill(pick(random, SENTENCES), random);
      sentences.push(sentence);
      total += countWords(sentence);
    }
    paragraphs.push(sentences.join(' '));
  }
  return { title: `Flood response divides ${pick(random, PLACES)}`, paragraphs, words: total };
}

/** The article as the plain text the page side would extract (paragraphs separated by blank lines). */
export function articleText(article: GeneratedArticle): string {
  return [article.title, ...article.paragraphs].join('\n\n');
}
