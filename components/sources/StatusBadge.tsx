import type { VerificationStatus } from '../../utils/library/pack-fields';
import { STATUS_LABELS } from '../../utils/library/status-labels';

/** The verification status of an entry, as a small labelled badge. */
export function StatusBadge({ status }: { status: VerificationStatus }) {
  const { label, explanation } = STATUS_LABELS[status];
  return (
    <span className="sl-badge" data-status={status} data-testid="status-badge" title={explanation}>
      {label}
      <span className="sl-visually-hidden">: {explanation}</span>
    </span>
  );
}
