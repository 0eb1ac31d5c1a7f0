import { z } from 'zod';
import {
  DomainSchema,
  HttpUrlSchema,
  PartialDateSchema,
  VerificationStatusSchema,
  requiredText,
  text,
} from './pack-fields';
import { DocumentKindSchema } from './pack-items';

/** Form fields arrive as strings; an empty optional field means "none". */
const blankToNull = (schema: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .pipe(schema.nullable());

const list = z.string().transform((v) =>
  v
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean),
);

/** The manager's document form: what the user types, checked field by field. */
export const DocumentFormSchema = z.object({
  title: requiredText(500),
  publisher: requiredText(200),
  kind: DocumentKindSchema,
  date: blankToNull(PartialDateSchema),
  symbol: blankToNull(text(100)),
  url: blankToNull(HttpUrlSchema),
  finding: requiredText(4000),
  evidence: text(2000),
  status: VerificationStatusSchema,
  entities: list,
  topics: list,
});
export type DocumentFormValues = Record<keyof z.input<typeof DocumentFormSchema>, string>;

/** The manager's outlet form. */
export const OutletFormSchema = z.object({
  name: requiredText(200),
  domains: list.pipe(z.array(DomainSchema).min(1, 'at least one domain, e.g. example.org')),
  owner: blankToNull(text(500)),
  stateAffiliation: blankToNull(text(500)),
  notes: text(4000),
  status: VerificationStatusSchema,
});
export type OutletFormValues = Record<keyof z.input<typeof OutletFormSchema>, string>;

export type FieldErrors = Partial<Record<string, string>>;

/** The first message for each top-level field, for showing next to that field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Maps typed names or ids to ids (case-insensitive); lists the ones it does not know. */
export function resolveNames(
  typed: readonly string[],
  known: readonly { id: string; name: string; aliases?: readonly string[] }[],
): { ids: string[]; unknown: string[] } {
  const lookup = new Map<string, string>();
  for (const item of known) {
    for (const label of [item.id, item.name, ...(item.aliases ?? [])])
      lookup.set(label.toLowerCase(), item.id);
  }
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of typed) {
    const id = lookup.get(name.toLowerCase());
    if (id) {
      if (!ids.includes(id)) ids.push(id);
    } else unknown.push(name);
  }
  return { ids, unknown };
}
