import type { SourcelightDb } from '../db/sourcelight-db';
import type { Provenance } from '../db/rows';
import { PACK_FORMAT, PACK_FORMAT_VERSION, SourcePackSchema, type SourcePack } from './pack-schema';

/** Which rows to export; omitted lists export nothing of that kind, no selection exports all. */
export interface ExportSelection {
  documentIds?: readonly string[];
  outletIds?: readonly string[];
  entityIds?: readonly string[];
  topicIds?: readonly string[];
}

/** Pack metadata for the exported file. */
export interface ExportMeta {
  id?: string;
  name?: string;
  author?: string;
  licence?: string;
  version?: number;
}

/** Exports the library (or a selection plus what it references) as a valid pack. */
export async function exportPack(
  db: SourcelightDb,
  selection?: ExportSelection,
  meta: ExportMeta = {},
): Promise<SourcePack> {
  const all = await db.transaction('r', [db.topics, db.entities, db.outlets, db.documents], () =>
    Promise.all([
      db.topics.toArray(),
      db.entities.toArray(),
      db.outlets.toArray(),
      db.documents.toArray(),
    ]),
  );
  const [topics, entities, outlets, documents] = all.map((rows) => rows.map(stripProvenance)) as [
    SourcePack['topics'],
    SourcePack['entities'],
    SourcePack['outlets'],
    SourcePack['documents'],
  ];
  const pick = <T extends { id: string }>(rows: T[], ids: readonly string[] | undefined) =>
    selection ? rows.filter((row) => (ids ?? []).includes(row.id)) : rows;

  const chosenDocs = pick(documents, selection?.documentIds);
  const topicIds = new Set([...(selection ? (selection.topicIds ?? []) : topics.map((t) => t.id))]);
  const entityIds = new Set([
    ...(selection ? (selection.entityIds ?? []) : entities.map((e) => e.id)),
  ]);
  for (const doc of chosenDocs) {
    doc.topics.forEach((id) => topicIds.add(id));
    doc.entities.forEach((id) => entityIds.add(id));
  }
  // A claim may require other topics or entities; follow those links too.
  for (const topic of topics) {
    if (topicIds.has(topic.id))
      topic.requires.forEach((id) => addRequired(id, topics, topicIds, entityIds));
  }
  const keptTopics = topics.filter((t) => topicIds.has(t.id));
  const keptEntities = entities.filter((e) => entityIds.has(e.id));
  const known = new Set([...keptTopics.map((t) => t.id), ...keptEntities.map((e) => e.id)]);
  const date = new Date().toISOString().slice(0, 10);

  return SourcePackSchema.parse({
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: meta.id ?? `my-library-${date}`,
    name: meta.name ?? `My Sourcelight library (${date})`,
    version: meta.version ?? 1,
    author: meta.author ?? 'Sourcelight user',
    licence: meta.licence ?? 'CC BY 4.0',
    updated: date,
    topics: keptTopics.map((t) => ({ ...t, requires: t.requires.filter((id) => known.has(id)) })),
    entities: keptEntities,
    outlets: pick(outlets, selection?.outletIds),
    // Rows may point at items a pack upgrade removed; drop dangling references, not the document.
    documents: chosenDocs.map((d) => ({
      ...d,
      topics: d.topics.filter((id) => topicIds.has(id) && known.has(id)),
      entities: d.entities.filter((id) => known.has(id)),
    })),
  });
}

function addRequired(
  id: string,
  topics: SourcePack['topics'],
  topicIds: Set<string>,
  entityIds: Set<string>,
) {
  if (topics.some((t) => t.id === id)) topicIds.add(id);
  else entityIds.add(id);
}

function stripProvenance<T extends Provenance>(row: T): Omit<T, keyof Provenance> {
  const { packId: _p, origin: _o, editedByUser: _e, updatedAt: _u, ...item } = row;
  return item;
}
