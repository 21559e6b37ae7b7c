// An article's words as plain text, the same for the build (which indexes them) and the browser
// (which cuts snippets from them), so word positions agree.
import type { Block, Inline } from './article';

export function plainParagraphs(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.type === 'quote') out.push(...plainParagraphs(block.children));
    // An image's alt text is not part of the article's words: search and snippets skip it.
    else if (block.type === 'img') continue;
    else if ('items' in block) out.push(...block.items.map(inlineText));
    else out.push(inlineText(block.children));
  }
  return out.map((text) => text.trim()).filter((text) => text !== '');
}

function inlineText(inlines: Inline[]): string {
  return inlines.map((inline) => (typeof inline === 'string' ? inline : inlineText(inline.children))).join('');
}

export interface SearchableFields {
  title: string;
  dek: string | null;
  body: Block[];
}

/** Headline, dek, then paragraphs: the fields search looks in, in order. */
export function searchableFields(article: SearchableFields): string[] {
  return [article.title, article.dek ?? '', ...plainParagraphs(article.body)].filter((text) => text !== '');
}
