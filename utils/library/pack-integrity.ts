import type { z } from 'zod';
import type { PackDocument, PackEntity, PackOutlet, PackTopic } from './pack-items';

interface PackBody {
  topics: PackTopic[];
  entities: PackEntity[];
  outlets: PackOutlet[];
  documents: PackDocument[];
}

/** Rejects duplicated ids and references to topics/entities the pack does not define. */
export function checkPackIntegrity(pack: PackBody, ctx: z.RefinementCtx): void {
  const sections = ['topics', 'entities', 'outlets', 'documents'] as const;
  for (const section of sections) {
    const seen = new Set<string>();
    pack[section].forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [section, index, 'id'],
          message: `duplicated id "${item.id}"`,
        });
      }
      seen.add(item.id);
    });
  }
  const topicIds = new Set(pack.topics.map((t) => t.id));
  const entityIds = new Set(pack.entities.map((e) => e.id));
  pack.topics.forEach((topic, index) => {
    topic.requires.forEach((id, j) => {
      if (!topicIds.has(id) && !entityIds.has(id)) {
        ctx.addIssue(unknownRef(['topics', index, 'requires', j], 'topic or entity', id));
      }
    });
  });
  pack.documents.forEach((doc, index) => {
    doc.topics.forEach((id, j) => {
      if (!topicIds.has(id))
        ctx.addIssue(unknownRef(['documents', index, 'topics', j], 'topic', id));
    });
    doc.entities.forEach((id, j) => {
      if (!entityIds.has(id)) {
        ctx.addIssue(unknownRef(['documents', index, 'entities', j], 'entity', id));
      }
    });
  });
}

function unknownRef(path: (string | number)[], what: string, id: string) {
  return {
    code: 'custom' as const,
    path,
    message: `unknown ${what} "${id}" (not defined in the pack)`,
  };
}
