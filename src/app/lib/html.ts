// Text into HTML, for the prerendered <head>: attribute values and JSON inside a script element.

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * JSON for a `<script type="application/ld+json">` block. A script element ends at the first
 * `</script`, whatever JSON quoting surrounds it, so `<` is never written raw; `>` and `&` go too
 * (no `-->` or entity-like text either), and U+2028/2029, which older JavaScript parsers read
 * as line ends. Each stays the same character to a JSON parser.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
