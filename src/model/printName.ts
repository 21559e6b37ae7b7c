// A file name as a problem line prints it: as is when plain, quoted JSON-style otherwise, so a
// name can neither drive the terminal (an ESC colour code, a newline) nor pass for a location.

// C0 and C1 controls, DEL, line and paragraph separators, bidi controls and lone surrogates.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// `seeds/x.txt:1:` inside a name would read as a location of its own.
const NEEDS_QUOTES = new RegExp(`${UNSAFE.source}|:\\d|^"`);
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function printName(name: string): string {
  if (!NEEDS_QUOTES.test(name)) return name;
  const escaped = name
    .replace(/["\\]/g, '\\$&')
    .replace(UNSAFE, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}
