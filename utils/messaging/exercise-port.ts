/** The name of the port a panel holds open while an exercise runs in a tab. */
export const exercisePortName = (tabId: number): string => `sourcelight-exercise:${tabId}`;

/** The tab id in an exercise port's name, or null for any other port. */
export function tabOfExercisePort(name: string): number | null {
  const match = /^sourcelight-exercise:(\d+)$/.exec(name);
  return match ? Number(match[1]) : null;
}
