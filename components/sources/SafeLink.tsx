import type { ReactNode } from 'react';
import { isHttpUrl } from '../../utils/library/pack-fields';

interface Props {
  href: string | null;
  children: ReactNode;
  className?: string;
}

/** A link that opens in a new tab, or plain text when the address is not http(s). */
export function SafeLink({ href, children, className }: Props) {
  if (href === null || !isHttpUrl(href)) return <span className={className}>{children}</span>;
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
