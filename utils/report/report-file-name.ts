/** "sourcelight-example.com-port-authority-rejects-2025-03-14.html": readable and safe on any file system. */
export function reportFileName(
  title: string,
  domain: string,
  analysedAt: Date,
  extension: 'html' | 'md',
): string {
  const slug = (s: string, max: number): string =>
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, max)
      .replace(/[-.]+$/, '');
  const date = Number.isNaN(analysedAt.getTime()) ? '' : analysedAt.toISOString().slice(0, 10);
  const parts = ['sourcelight', slug(domain, 40), slug(title.replace(/\./g, ' '), 50), date];
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}
