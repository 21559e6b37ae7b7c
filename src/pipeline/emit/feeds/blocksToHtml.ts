// An article's body as HTML for feed readers, from the same blocks the page renders: every text is
// escaped, and only http(s) and mailto links are live (the reader's own rule, model/safeHref.ts).
import type { Article, Block, Inline } from '../../../model/article';
import { safeHref, webHref } from '../../../model/safeHref';
import { escapeMarkup } from './markup';

function inlineHtml(inline: Inline): string {
  if (typeof inline === 'string') return escapeMarkup(inline);
  const inner = inline.children.map(inlineHtml).join('');
  if (inline.type === 'a') {
    const href = safeHref(inline.href);
    return href ? `<a href="${escapeMarkup(href)}">${inner}</a>` : inner;
  }
  return `<${inline.type}>${inner}</${inline.type}>`;
}

const inlines = (children: Inline[]) => children.map(inlineHtml).join('');

export function blockHtml(block: Block): string {
  switch (block.type) {
    case 'p':
      return `<p>${inlines(block.children)}</p>`;
    case 'h':
      return `<h${block.level}>${inlines(block.children)}</h${block.level}>`;
    case 'ul':
    case 'ol':
      return `<${block.type}>${block.items.map((item) => `<li>${inlines(item)}</li>`).join('')}</${block.type}>`;
    case 'quote':
      return `<blockquote>${block.children.map(blockHtml).join('')}</blockquote>`;
  }
}

/** The article's picture (when it has a web URL) and its caption, then the body. */
export function articleHtml(article: Pick<Article, 'caption' | 'body'>): string {
  const parts: string[] = [];
  const { caption } = article;
  if (caption) {
    const image = caption.image ? webHref(caption.image) : null;
    const credit = caption.credit ? ` <small>${escapeMarkup(caption.credit)}</small>` : '';
    const img = image ? `<img src="${escapeMarkup(image)}" alt="${escapeMarkup(caption.text)}">` : '';
    parts.push(`<figure>${img}<figcaption>${escapeMarkup(caption.text)}${credit}</figcaption></figure>`);
  }
  for (const block of article.body) parts.push(blockHtml(block));
  return parts.join('\n');
}
