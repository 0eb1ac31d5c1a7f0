import type { PanelFilter } from '@/utils/panel/panel-filter';

interface Props {
  filter: PanelFilter;
  speakers: string[];
  onChange(filter: PanelFilter): void;
}

const KINDS = [
  ['quote', 'Claims'],
  ['term', 'Terms'],
  ['sourcing', 'Sourcing'],
] as const;

/** Filters: which kinds of finding to list, and one speaker's claims only. */
export function FilterBar({ filter, speakers, onChange }: Props) {
  return (
    <fieldset className="filters" data-testid="filters">
      <legend className="visually-hidden">Filters</legend>
      {KINDS.map(([kind, label]) => (
        <label key={kind}>
          <input
            type="checkbox"
            checked={filter.kinds[kind]}
            onChange={(e) =>
              onChange({ ...filter, kinds: { ...filter.kinds, [kind]: e.target.checked } })
            }
          />
          {label}
        </label>
      ))}
      <label>
        Speaker{' '}
        <select
          value={filter.speaker ?? ''}
          onChange={(e) => onChange({ ...filter, speaker: e.target.value || null })}
        >
          <option value="">All speakers</option>
          {speakers.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
