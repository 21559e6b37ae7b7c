// Small field rules both seed formats share, so a byline or caption means the same in .txt and .md.

/** Runs of whitespace (including line breaks inside a paragraph) become one space. */
export function squash(text: string): string {
  // Only runs of two or more, or a lone tab/newline, need replacing; most single spaces stay put.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** "By Jane Doe" or "Jane Doe" → "Jane Doe"; a bare "By" or nothing → null. */
export function cleanByline(raw: string): string | null {
  const name = squash(raw).replace(/^by\b\s*:?\s*/i, '');
  return name === '' ? null : name;
}

/** "Caption text / Reuters" → text and credit; the credit is what follows the last " / ". */
export function splitCaption(raw: string): { text: string; credit: string | null } {
  const text = squash(raw);
  const cut = text.lastIndexOf(' / ');
  if (cut === -1) return { text, credit: null };
  const credit = text.slice(cut + 3).trim();
  const caption = text.slice(0, cut).trim();
  return credit === '' || caption === '' ? { text: caption || credit, credit: null } : { text: caption, credit };
}

/** Only absolute http(s) and mailto: URLs are ever kept as links or image sources. */
export function safeUrl(raw: string, allowMailto: boolean): string | null {
  const url = raw.trim();
  const scheme = allowMailto ? /^(?:https?:\/\/|mailto:)/i : /^https?:\/\//i;
  if (!scheme.test(url)) return null;
  try {
    const parsed = new URL(url);
    const ok = ['http:', 'https:'].includes(parsed.protocol) || (allowMailto && parsed.protocol === 'mailto:');
    return ok ? url : null;
  } catch {
    return null;
  }
}
