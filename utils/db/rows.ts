import type { PackDocument, PackEntity, PackOutlet, PackTopic } from '../library/pack-items';

/** Who a row belongs to: pack upgrades replace only pack rows the user has not edited. */
export interface Provenance {
  /** The pack that brought the row, or null for the user's own rows. */
  packId: string | null;
  origin: 'pack' | 'user';
  /** Set when the user changed a pack row; upgrades then leave it alone. */
  editedByUser: boolean;
  updatedAt: number;
}

export type DocumentRow = PackDocument & Provenance;
export type EntityRow = PackEntity & Provenance;
export type OutletRow = PackOutlet & Provenance;
export type TopicRow = PackTopic & Provenance;

/** An installed pack (the rows themselves live in the other tables). */
export interface PackRow {
  id: string;
  name: string;
  version: number;
  author: string;
  licence: string;
  description: string;
  updated: string | null;
  source: 'bundled' | 'file';
  importedAt: number;
}

/** The user's own note on a document, outlet or entity. */
export interface NoteRow {
  id?: number;
  targetId: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

/** Tables that hold pack items, in the order packs list them. */
export const ITEM_TABLES = ['topics', 'entities', 'outlets', 'documents'] as const;
export type ItemTable = (typeof ITEM_TABLES)[number];
