import type { OutletRow } from '../db/rows';
import {
  OutletFormSchema,
  fieldErrors,
  type FieldErrors,
  type OutletFormValues,
} from './entry-forms';
import type { PackOutlet } from './pack-items';

export const EMPTY_OUTLET_FORM: OutletFormValues = {
  name: '',
  domains: '',
  owner: '',
  stateAffiliation: '',
  notes: '',
  status: 'unverified',
};

/** Form values for editing an existing outlet. */
export function outletToForm(row: OutletRow): OutletFormValues {
  return {
    name: row.name,
    domains: row.domains.join(', '),
    owner: row.owner ?? '',
    stateAffiliation: row.stateAffiliation ?? '',
    notes: row.notes,
    status: row.status,
  };
}

/** Checks the form and builds an outlet (keeping the references of an edited row). */
export function formToOutlet(
  values: OutletFormValues,
  existing: OutletRow | undefined,
):
  | { ok: true; outlet: Omit<PackOutlet, 'id'> & { id?: string } }
  | { ok: false; errors: FieldErrors } {
  const parsed = OutletFormSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  return {
    ok: true,
    outlet: { ...parsed.data, id: existing?.id, references: existing?.references ?? [] },
  };
}
