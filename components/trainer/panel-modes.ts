/** The side panel's modes, in tab order: the findings list, then the trainer and student tools. */
export const PANEL_MODES = [
  { id: 'findings', label: 'Findings' },
  { id: 'walkthrough', label: 'Walkthrough' },
  { id: 'exercise', label: 'Exercise' },
  { id: 'report', label: 'Report' },
] as const;

export type PanelMode = (typeof PANEL_MODES)[number]['id'];

/** DOM ids tying each tab to its panel. */
export const tabId = (mode: PanelMode): string => `sourcelight-tab-${mode}`;
export const panelId = (mode: PanelMode): string => `sourcelight-mode-${mode}`;
