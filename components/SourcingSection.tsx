import type { Sourcing } from '@/utils/analysis/analysis-schema';
import { FindingItem } from './FindingItem';
import type { FindingListProps } from './finding-list-props';

const KIND: Record<Sourcing['kind'], string> = {
  'vague-source': 'vague source',
  'agentless-passive': 'no one named',
  'unattributed-claim': 'unattributed claim',
};

interface Props extends FindingListProps {
  sourcing: Sourcing[];
}

/** Vague sources and claims the outlet makes without saying who says so. */
export function SourcingSection({ sourcing, ...list }: Props) {
  return (
    <section aria-labelledby="sourcing-heading" data-testid="sourcing">
      <h2 id="sourcing-heading">Sourcing ({sourcing.length})</h2>
      {sourcing.length === 0 && <p className="empty">No vague sourcing found.</p>}
      <ul>
        {sourcing.map((s) => {
          const id = `sourcing:${s.id}`;
          return (
            <FindingItem key={id} findingId={id} {...list.itemProps(id)}>
              <span>“{s.text}”</span>
              <span className="meta">
                <span className="badge">{KIND[s.kind]}</span> {s.why}
              </span>
            </FindingItem>
          );
        })}
      </ul>
    </section>
  );
}
