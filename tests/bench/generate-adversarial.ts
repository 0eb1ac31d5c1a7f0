import { PEOPLE } from './article-templates';
import { createRandom, pick } from './prng';

/** One megabyte of UTF-16 code units: the size every adversarial input is cut to. */
export const MB = 1 << 20;

const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

function randomWords(seed: number, capitalised: boolean): string {
  const random = createRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < MB) {
    let word = '';
    const size = 2 + Math.floor(random() * 9);
    for (let i = 0; i < size; i++) word += String.fromCharCode(97 + Math.floor(random() * 26));
    if (capitalised && random() < 0.5) word = word[0]!.toUpperCase() + word.slice(1);
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ').slice(0, MB);
}

function nestedMarks(seed: number): string {
  const random = createRandom(seed);
  const marks = ['“', '”', '"', '„', '«', '»', '‹', '›', '‚', '‘', '’', "'"];
  let out = '';
  while (out.length < MB)
    out += `${pick(random, marks)}${random() < 0.5 ? 'x' : ''}${random() < 0.3 ? ' ' : ''}`;
  return out.slice(0, MB);
}

/** Named 1 MB inputs that break naive quote pairing, backtracking regexes or quadratic scans. */
export function adversarialInputs(): [string, string][] {
  return [
    ['unbalanced opening quotes', fill(`${PEOPLE[0]} said “the port will `)],
    ['unbalanced straight quotes', fill('She told us "we were never told ')],
    ['one paragraph, no punctuation', randomWords(11, false)],
    ['capitalised words, no punctuation', randomWords(12, true)],
    ['thousands of straight quotes', fill('"')],
    ['quote marks with words between', fill('"a" ')],
    ['100k mixed nested marks', nestedMarks(13)],
    ['apostrophes everywhere', fill("it's 'n' rock'n'roll ")],
    ['run of one letter', 'a'.repeat(MB)],
    ['run of spaces', ' '.repeat(MB)],
    ['run of full stops', '.'.repeat(MB)],
    ['run of hyphens', '-'.repeat(MB)],
    ['run of newlines', '\n'.repeat(MB)],
    ['very long words', fill(`${'x'.repeat(50_000)} `)],
    ['cue words everywhere', fill('officials said that sources say ')],
    ['speaker names everywhere', fill(`${PEOPLE.join(', ')} told the minister who said `)],
    ['loaded terms everywhere', fill('so-called sham regime false flag witch hunt ')],
    ['one sentence of commas', fill('word, ')],
  ];
}
