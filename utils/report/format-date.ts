/** "2025-03-14 09:05 UTC": the same in every locale and time zone, so a shared report reads alike. */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'unknown date';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
