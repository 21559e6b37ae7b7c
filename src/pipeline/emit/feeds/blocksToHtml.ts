// An article's body as HTML for feed readers, from the same blocks the page renders: every text is
// escaped, and only http(s) and mailto links are live (the reader's own rule, model/safeHref.ts).
import type { Article, Block, Inline, Picture } from '../../../model/article';
import { absoluteUrl } from '../../../model/routes';
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

/** A local image's src is relative to the site root: a feed reader needs it absolute. */
function imgHtml(picture: Picture, siteUrl: string): string {
  const src = webHref(absoluteUrl(siteUrl, picture.src));
  if (!src) return '';
  const size = picture.width && picture.height ? ` width="${picture.width}" height="${picture.height}"` : '';
  return `<img src="${escapeMarkup(src)}" alt="${escapeMarkup(picture.alt)}"${size}>`;
}

export function blockHtml(block: Block, siteUrl: string): string {
  switch (block.type) {
    case 'p':
      return `<p>${inlines(block.children)}</p>`;
    case 'h':
      return `<h${block.level}>${inlines(block.children)}</h${block.level}>`;
    case 'ul':
    case 'ol':
      return `<${block.type}>${block.items.map((item) => `<li>${inlines(item)}</li>`).join('')}</${block.type}>`;
    case 'quote':
      return `<blockquote>${block.children.map((child) => blockHtml(child, siteUrl)).join('')}</blockquote>`;
    case 'img':
      return imgHtml(block, siteUrl);
  }
}

/** The article's picture and its caption, then the body; `siteUrl` makes the site's own images absolute. */
export function articleHtml(article: Pick<Article, 'caption' | 'body'>, siteUrl: string): string {
  const parts: string[] = [];
  const { caption } = article;
  if (caption) {
    const credit = caption.credit ? ` <small>${escapeMarkup(caption.credit)}</small>` : '';
    const img = caption.image ? imgHtml(caption.image, siteUrl) : '';
    parts.push(`<figure>${img}<figcaption>${escapeMarkup(caption.text)}${credit}</figcaption></figure>`);
  }
  for (const block of article.body) parts.push(blockHtml(block, siteUrl));
  return parts.join('\n');
}
