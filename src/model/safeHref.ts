// Which link targets are made live, the same rule for the reader and the feeds: a javascript: or
// data: URL from a seed must never become a link anywhere.
const LIVE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The href when it is an absolute http(s) or mailto URL; anything else is not made a link. */
export function safeHref(href: string, protocols: ReadonlySet<string> = LIVE_PROTOCOLS): string | null {
  try {
    return protocols.has(new URL(href).protocol) ? href : null;
  } catch {
    return null;
  }
}

const WEB_PROTOCOLS = new Set(['http:', 'https:']);

export function webHref(href: string): string | null {
  return safeHref(href, WEB_PROTOCOLS);
}
