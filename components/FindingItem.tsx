import type { ReactNode } from 'react';

interface Props {
  findingId: string;
  selected: boolean;
  dismissed: boolean;
  onReveal(findingId: string): void;
  onDismiss(findingId: string, dismissed: boolean): void;
  children: ReactNode;
  /** Shown below the finding, outside its button (so it may hold links). */
  after?: ReactNode;
}

/** One finding in a list: activating it shows it on the page; the reader can dismiss or restore it. */
export function FindingItem({
  findingId,
  selected,
  dismissed,
  onReveal,
  onDismiss,
  children,
  after,
}: Props) {
  return (
    <li
      className={`finding${selected ? ' finding--selected' : ''}${dismissed ? ' finding--dismissed' : ''}`}
      data-finding-id={findingId}
      data-testid="finding"
    >
      <button
        type="button"
        className="finding__main"
        data-nav="finding"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onReveal(findingId)}
      >
        {children}
        {dismissed && <span className="badge">dismissed</span>}
      </button>
      <button
        type="button"
        className="finding__dismiss"
        onClick={() => onDismiss(findingId, !dismissed)}
        aria-label={dismissed ? 'Restore this flag' : 'Dismiss this flag as wrong'}
        title={dismissed ? 'Restore' : 'Dismiss'}
      >
        {dismissed ? 'Undo' : '✕'}
      </button>
      {after}
    </li>
  );
}
