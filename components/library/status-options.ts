import { VerificationStatusSchema } from '../../utils/library/pack-fields';
import { STATUS_LABELS } from '../../utils/library/status-labels';

/** Verification statuses as select options for the manager's forms. */
export const STATUS_OPTIONS = VerificationStatusSchema.options.map((value) => ({
  value,
  label: STATUS_LABELS[value].label,
}));
