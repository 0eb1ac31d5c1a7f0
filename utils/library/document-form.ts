import type { DocumentRow, EntityRow, TopicRow } from '../db/rows';
import {
  DocumentFormSchema,
  fieldErrors,
  resolveNames,
  type DocumentFormValues,
  type FieldErrors,
} from './entry-forms';
import type { PackDocument } from './pack-items';

export const EMPTY_DOCUMENT_FORM: DocumentFormValues = {
  title: '',
  publisher: '',
  kind: 'report',
  date: '',
  symbol: '',
  url: '',
  finding: '',
  evidence: '',
  status: 'unverified',
  entities: '',
  topics: '',
};

/** Form values for editing an existing row (lists shown as names). */
export function documentToForm(
  row: DocumentRow,
  entities: readonly EntityRow[],
  topics: readonly TopicRow[],
): DocumentFormValues {
  const nameOf = (rows: readonly { id: string; name: string }[], id: string) =>
    rows.find((r) => r.id === id)?.name ?? id;
  return {
    title: row.title,
    publisher: row.publisher,
    kind: row.kind,
    date: row.date ?? '',
    symbol: row.symbol ?? '',
    url: row.url ?? '',
    finding: row.finding,
    evidence: row.evidence,
    status: row.status,
    entities: row.entities.map((id) => nameOf(entities, id)).join(', '),
    topics: row.topics.map((id) => nameOf(topics, id)).join(', '),
  };
}

/** Checks the form and builds a document, or returns a message per field. */
export function formToDocument(
  values: DocumentFormValues,
  existing: DocumentRow | undefined,
  entities: readonly EntityRow[],
  topics: readonly TopicRow[],
):
  | { ok: true; document: Omit<PackDocument, 'id'> & { id?: string } }
  | { ok: false; errors: FieldErrors } {
  const parsed = DocumentFormSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const entityIds = resolveNames(parsed.data.entities, entities);
  const topicIds = resolveNames(parsed.data.topics, topics);
  const errors: FieldErrors = {};
  if (entityIds.unknown.length)
    errors.entities = `not in the library: ${entityIds.unknown.join(', ')}`;
  if (topicIds.unknown.length) errors.topics = `not in the library: ${topicIds.unknown.join(', ')}`;
  if (Object.keys(errors).length) return { ok: false, errors };
  const { url } = parsed.data;
  return {
    ok: true,
    document: {
      ...parsed.data,
      id: existing?.id,
      url,
      urlStatus: urlStatusFor(url, existing),
      entities: entityIds.ids,
      topics: topicIds.ids,
    },
  };
}

/** An unchanged link keeps its status; a link the user typed is one they vouch for. */
function urlStatusFor(
  url: string | null,
  existing: DocumentRow | undefined,
): PackDocument['urlStatus'] {
  if (url === null) return existing?.urlStatus === 'unverified' ? 'unverified' : 'none';
  if (existing?.url === url) return existing.urlStatus;
  return 'verified';
}
