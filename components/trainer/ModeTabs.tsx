import { useRef, type KeyboardEvent } from 'react';
import { PANEL_MODES, panelId, tabId, type PanelMode } from './panel-modes';

interface Props {
  mode: PanelMode;
  onChange(mode: PanelMode): void;
}

/** The mode switch under the header: a WAI-ARIA tablist (arrows, Home and End move and select). */
export function ModeTabs({ mode, onChange }: Props) {
  const tabs = useRef(new Map<PanelMode, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const at = PANEL_MODES.findIndex((m) => m.id === mode);
    const last = PANEL_MODES.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: last,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    const next = PANEL_MODES[(to + PANEL_MODES.length) % PANEL_MODES.length]!.id;
    onChange(next);
    tabs.current.get(next)?.focus();
    event.preventDefault();
  };
  return (
    <div role="tablist" aria-label="Panel mode" className="mode-tabs" onKeyDown={onKeyDown}>
      {PANEL_MODES.map((m) => (
        <button
          key={m.id}
          ref={(el) => {
            if (el) tabs.current.set(m.id, el);
            else tabs.current.delete(m.id);
          }}
          type="button"
          role="tab"
          id={tabId(m.id)}
          // Only the shown panel exists in the DOM, so only its tab may point at it.
          aria-controls={m.id === mode ? panelId(m.id) : undefined}
          aria-selected={m.id === mode}
          tabIndex={m.id === mode ? 0 : -1}
          onClick={() => onChange(m.id)}
        >
          {m.label}
        </button>
      ))}
    </div>
  );
}
