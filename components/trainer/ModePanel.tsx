import type { ReactNode } from 'react';
import { panelId, tabId, type PanelMode } from './panel-modes';

/** The content of the selected mode, labelled by its tab. */
export function ModePanel({ mode, children }: { mode: PanelMode; children: ReactNode }) {
  return (
    <div
      role="tabpanel"
      id={panelId(mode)}
      aria-labelledby={tabId(mode)}
      data-testid={`mode-${mode}`}
    >
      {children}
    </div>
  );
}
