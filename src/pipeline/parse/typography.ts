// Straight quotes become typographic ones at build time, so every page, feed and share card shows
// ‘ ’ “ ” without the browser doing any work. Primes in measurements (5'11", 6' tall) stay as
// written, and so do code spans, link targets and URLs in the text. A quote is decided from the
// characters around it across a whole block, so "a *b*" curls the same as "a b".
import type { ArticleDraft, Block, Caption, Inline } from '../../model/article';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
// Before an opening quote: nothing, a space, an opening bracket, a dash or another opening quote.
const OPENS_AFTER = /[\s([{\u2014\u2013\-/‘“]/u;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
// '90s, 'em, 'tis, 'n': an apostrophe for letters left out, not an opening quote.
const ELISION = /^(?:\d\ds\b|em\b|tis\b|twas\b|n\b)/iu;
// Most blocks have no straight quote: they are kept as they are without the per-character work.
const STRAIGHT_QUOTE = /["']/;

/** Curls the quotes of one text; keep marks positions (as true) that must stay as they are. */
function curl(text: string, keep: boolean[]): string {
  // By UTF-16 unit, as `i` counts: split by code point, an emoji before a quote would shift every
  // later position and a letter would be replaced instead of the quote.
  const out = text.split('');
  let doubleOpen = false;
  let singleOpen = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if ((ch !== '"' && ch !== "'") || keep[i]) continue;
    const prev = i === 0 ? '' : text[i - 1]!;
    const next = text[i + 1] ?? '';
    const opens = prev === '' || OPENS_AFTER.test(prev);
    if (ch === '"') {
      if (DIGIT.test(prev) && !doubleOpen) continue; // 11" is inches
      if (opens && next !== '' && !/\s/u.test(next)) {
        out[i] = '“';
        doubleOpen = true;
      } else {
        out[i] = '”';
        doubleOpen = false;
      }
      continue;
    }
    if (DIGIT.test(prev) && !singleOpen && !/\p{L}/u.test(next)) continue; // 6' or 5'11 is feet
    if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) {
      out[i] = '’'; // don't, O'Brien, 1990's
    } else if (opens && ELISION.test(text.slice(i + 1))) {
      out[i] = '’';
    } else if (opens && next !== '' && !/\s/u.test(next)) {
      out[i] = '‘';
      singleOpen = true;
    } else {
      out[i] = '’'; // a closing quote, or the apostrophe of "the students' union"
      singleOpen = false;
    }
  }
  return out.join('');
}

/** Positions inside URLs, which keep their straight quotes. */
function urlPositions(text: string): boolean[] {
  const keep: boolean[] = new Array<boolean>(text.length).fill(false);
  for (const match of text.matchAll(URL)) keep.fill(true, match.index, match.index + match[0].length);
  return keep;
}

/** One plain text with typographic quotes. */
export function smartQuotes(text: string): string {
  if (!STRAIGHT_QUOTE.test(text)) return text;
  return curl(text, urlPositions(text));
}

/**
 * The inlines of one block with typographic quotes. The block's text is curled as one string so
 * context crosses emphasis and links; code spans count as text for context but never change.
 */
export function smartInlines(inlines: Inline[]): Inline[] {
  const pieces: { text: string; code: boolean }[] = [];
  const collect = (nodes: Inline[], code: boolean): void => {
    for (const node of nodes) {
      if (typeof node === 'string') pieces.push({ text: node, code });
      else collect(node.children, code || node.type === 'code');
    }
  };
  collect(inlines, false);
  const joined = pieces.map((p) => p.text).join('');
  if (!STRAIGHT_QUOTE.test(joined)) return inlines;
  const keep = urlPositions(joined);
  let at = 0;
  for (const piece of pieces) {
    if (piece.code) keep.fill(true, at, at + piece.text.length);
    at += piece.text.length;
  }
  const curled = curl(joined, keep);
  let offset = 0;
  const rebuild = (nodes: Inline[]): Inline[] =>
    nodes.map((node) => {
      if (typeof node === 'string') {
        const text = curled.slice(offset, offset + node.length);
        offset += node.length;
        return text;
      }
      return { ...node, children: rebuild(node.children) };
    });
  return rebuild(inlines);
}

function smartBlock(block: Block): Block {
  switch (block.type) {
    case 'p':
    case 'h':
      return { ...block, children: smartInlines(block.children) };
    case 'ul':
    case 'ol':
      return { ...block, items: block.items.map(smartInlines) };
    case 'quote':
      return { ...block, children: block.children.map(smartBlock) };
    case 'img':
      return { ...block, alt: smartQuotes(block.alt) };
  }
}

function smartCaption(caption: Caption | null): Caption | null {
  if (caption === null) return null;
  const image = caption.image && { ...caption.image, alt: smartQuotes(caption.image.alt) };
  return { ...caption, text: smartQuotes(caption.text), image };
}

/**
 * A draft whose headline, dek, caption and body have typographic quotes. Names (byline, source)
 * stay as written: they are matched and linked by their spelling.
 */
export function typeset(draft: ArticleDraft): ArticleDraft {
  return {
    ...draft,
    title: smartQuotes(draft.title),
    dek: draft.dek === null ? null : smartQuotes(draft.dek),
    caption: smartCaption(draft.caption),
    body: draft.body.map(smartBlock),
  };
}
