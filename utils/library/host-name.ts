const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** True for an IPv4 address or a bracketed IPv6 address ("[::1]"), as URL.hostname writes them. */
export function isIpAddress(host: string): boolean {
  return IPV4.test(host) || /^\[[0-9a-f:.]+\]$/i.test(host);
}

/**
 * "https://www.Example.com/en/" → "example.com": the lower-case (punycode) host of a URL or bare
 * host name, without "www.", port or trailing dot; null when there is none.
 */
export function normalizeHost(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let host: string;
  try {
    host = new URL(withScheme).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (!isIpAddress(host)) host = host.replace(/^www\d*\./, '');
  return host === '' ? null : host;
}

/** "edition.cnn.com" → ["edition.cnn.com", "cnn.com"]: the host and each parent with a dot. */
export function candidateDomains(hostname: string): string[] {
  const host = hostname.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (host === '') return [];
  if (isIpAddress(host) || !host.includes('.')) return [host];
  const labels = host.split('.').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + 2 <= labels.length; i += 1) out.push(labels.slice(i).join('.'));
  return out;
}
