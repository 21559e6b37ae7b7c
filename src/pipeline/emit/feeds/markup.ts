// Text into XML and HTML, written once for every feed and the sitemap.

/**
 * Characters XML 1.0 forbids (C0 controls but tab and line ends, lone surrogates, U+FFFE/U+FFFF):
 * one of them from a seed would make a whole feed fail to parse, so they are dropped.
 */
const SUSPECT = /[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;
const ALLOWED_CONTROLS = new Set(['\t', '\n', '\r']);

function keepIfXml(c: string): string {
  const code = c.codePointAt(0)!;
  // C1 controls (U+007F–U+009F) are legal XML 1.0, only C0 ones (but tab and line ends) are not.
  return ALLOWED_CONTROLS.has(c) || (code >= 0x7f && code <= 0x9f) ? c : '';
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe as XML or HTML character data or a quoted attribute value: nothing in it is markup. */
export function escapeMarkup(text: string): string {
  return text.replace(SUSPECT, keepIfXml).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
