import { z } from 'zod';
import { IdSchema, PartialDateSchema, requiredText, text } from './pack-fields';
import {
  PackDocumentSchema,
  PackEntitySchema,
  PackOutletSchema,
  PackTopicSchema,
} from './pack-items';
import { checkPackIntegrity } from './pack-integrity';

/** Version of the pack file format (not of a pack's content, which is `version`). */
export const PACK_FORMAT_VERSION = 1;
export const PACK_FORMAT = 'sourcelight-pack';

/** A shareable bundle of sources: the file format of bundled packs, imports and exports. */
export const SourcePackSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    id: IdSchema,
    name: requiredText(200),
    /** Content version: a higher number replaces the pack's rows the user has not edited. */
    version: z.number().int().min(1).max(1_000_000),
    author: requiredText(200),
    licence: requiredText(200),
    description: text(4000).default(''),
    updated: PartialDateSchema.nullable().default(null),
    topics: z.array(PackTopicSchema).max(2000).default([]),
    entities: z.array(PackEntitySchema).max(20_000).default([]),
    outlets: z.array(PackOutletSchema).max(5000).default([]),
    documents: z.array(PackDocumentSchema).max(20_000).default([]),
  })
  .superRefine(checkPackIntegrity);
export type SourcePack = z.infer<typeof SourcePackSchema>;
/** What a pack file must contain before defaults are applied. */
export type SourcePackInput = z.input<typeof SourcePackSchema>;
