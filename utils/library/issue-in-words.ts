/** What a section of a pack file is called, one item and its label field. */
const SECTIONS: Record<string, { item: string; label: string }> = {
  documents: { item: 'Document', label: 'title' },
  entities: { item: 'Entity', label: 'name' },
  outlets: { item: 'Outlet', label: 'name' },
  topics: { item: 'Topic', label: 'name' },
};

const FIELDS: Record<string, string> = {
  url: 'the link',
  urlStatus: 'the link status',
  title: 'the title',
  name: 'the name',
  id: 'the id',
  publisher: 'the publisher',
  finding: 'the finding',
  date: 'the date',
  symbol: 'the symbol',
  domains: 'the domains',
  entities: 'the list of entities',
  topics: 'the list of topics',
  aliases: 'the aliases',
  keywords: 'the keywords',
  requires: 'the topics it requires',
  status: 'the verification status',
  kind: 'the kind',
  version: "the pack's version",
  format: "the pack's format",
  formatVersion: "the pack's format version",
};

const MESSAGES: [RegExp, string][] = [
  [/^only http\(s\) links are allowed$/, 'must start with http:// or https://'],
  [/^must not be empty$/, 'must not be empty'],
];

/**
 * "documents[0].url" + "only http(s) links are allowed" → "Document 1 (“Title”): the link must
 * start with http:// or https://", naming the item by its title when the file has one.
 */
export function issueInWords(path: readonly PropertyKey[], message: string, json: unknown): string {
  const [section, index, field, ...rest] = path;
  const words = MESSAGES.find(([re]) => re.test(message))?.[1] ?? message;
  const known = typeof section === 'string' ? SECTIONS[section] : undefined;
  if (!known || typeof index !== 'number') {
    if (path.length === 0) return `The pack: ${words}`;
    const name = typeof section === 'string' ? (FIELDS[section] ?? `“${section}”`) : 'the pack';
    return `In the pack, ${name}: ${words}`;
  }
  const item = (json as Record<string, unknown[] | undefined> | null)?.[section as string]?.[index];
  const label =
    item && typeof item === 'object' ? (item as Record<string, unknown>)[known.label] : null;
  const named = typeof label === 'string' && label.trim() !== '' ? ` (“${label.trim()}”)` : '';
  const where = `${known.item} ${index + 1}${named}`;
  if (field === undefined) return `${where}: ${words}`;
  const fieldName = typeof field === 'string' ? (FIELDS[field] ?? `the field “${field}”`) : 'it';
  const entry = typeof rest[0] === 'number' ? `, entry ${rest[0] + 1},` : '';
  return `${where}: ${fieldName}${entry} ${words}`;
}

/** Splits "documents[3].url" back into a path, for errors that carry it as text. */
export function parsePath(text: string): PropertyKey[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] ? Number(m[2]) : m[1]!));
}
