const CHUNK = 4096;
const lower = new Uint16Array(65536);

/** Lower-case code unit, with the curly apostrophe made straight; letters whose lower case is longer stay as they are. */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === 0x2019) return 39;
  const l = lower[c]!;
  if (l !== 0) return l;
  const s = String.fromCharCode(c).toLowerCase();
  return (lower[c] = s.length === 1 ? s.charCodeAt(0) : c);
}

/**
 * Maps each token of one text to a shared lower-cased string, hashing char codes in place so that
 * a repeated word allocates nothing: lexicon lookups then hit strings whose hash V8 has cached.
 */
export class Interner {
  readonly strings: string[] = [];
  private table = new Int32Array(1024);
  private hashes: number[] = [];

  constructor(private readonly text: string) {}

  // Ids of one-character punctuation tokens by char code, skipping the hash.
  private readonly singles = new Map<number, number>();

  /** Id of the one-character, unfolded token at `i`. */
  single(i: number): number {
    const c = this.text.charCodeAt(i);
    let id = this.singles.get(c);
    if (id === undefined) {
      id = this.id(i, i + 1, false);
      this.singles.set(c, id);
    }
    return id;
  }

  /** Id of the token text[start, end), lower-cased when `fold`. */
  id(start: number, end: number, fold: boolean): number {
    const text = this.text;
    let h = 0x811c9dc5 ^ (fold ? 1 : 0);
    for (let i = start; i < end; i++) {
      const c = fold ? lowerCode(text.charCodeAt(i)) : text.charCodeAt(i);
      h = Math.imul(h ^ c, 0x01000193);
    }
    h >>>= 0;
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) return this.add(slot, h, start, end, fold);
      const id = entry - 1;
      if (this.hashes[id] === h && this.equals(id, start, end, fold)) return id;
    }
  }

  /** The built-in lower case where it agrees with lowerCode (nearly always), else one built code by code. */
  private folded(start: number, end: number): string {
    const s = this.text.slice(start, end).toLowerCase();
    return this.same(s, start, end, true) ? s : lowered(this.text, start, end);
  }

  private equals(id: number, start: number, end: number, fold: boolean): boolean {
    return this.same(this.strings[id]!, start, end, fold);
  }

  private same(s: string, start: number, end: number, fold: boolean): boolean {
    if (s.length !== end - start) return false;
    for (let i = start; i < end; i++) {
      const c = fold ? lowerCode(this.text.charCodeAt(i)) : this.text.charCodeAt(i);
      if (s.charCodeAt(i - start) !== c) return false;
    }
    return true;
  }

  private add(slot: number, h: number, start: number, end: number, fold: boolean): number {
    const id = this.strings.length;
    this.strings.push(fold ? this.folded(start, end) : this.text.slice(start, end));
    this.hashes.push(h);
    this.table[slot] = id + 1;
    if (this.strings.length * 2 > this.table.length) this.grow();
    return id;
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    this.hashes.forEach((h, id) => {
      let slot = h & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    });
    this.table = table;
  }
}

function lowered(text: string, start: number, end: number): string {
  let out = '';
  const buf = new Uint16Array(Math.min(CHUNK, end - start));
  for (let from = start; from < end; from += CHUNK) {
    const to = Math.min(end, from + CHUNK);
    for (let i = from; i < to; i++) buf[i - from] = lowerCode(text.charCodeAt(i));
    out += String.fromCharCode.apply(null, buf.subarray(0, to - from) as unknown as number[]);
  }
  return out;
}
