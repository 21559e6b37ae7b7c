// One article as the small HTML record Pagefind indexes: the headline ranks above body text,
// facet values ride along as filters, and the date as meta and a sort key.
import { ENTITY_KINDS, type Article } from '../../model/article';
import { plainParagraphs } from '../../model/plainText';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function tag(name: string, attrs: string, text: string): string {
  return `<${name}${attrs}>${escapeHtml(text)}</${name}>`;
}

const RANK_DIGITS = 9;

/**
 * Sort key for "newest first": the date, then the article's place counted from the oldest end of
 * the list, so equal dates (or none) keep the list's order and new articles leave older keys alone.
 * Pagefind sorts these as text.
 */
export function newestSortKey(date: string | null, ordinal: number, total: number): string {
  // A fixed width, so a corpus growing past a power of ten keeps every older key (and shard) as it was.
  const rank = String(total - ordinal).padStart(RANK_DIGITS, '0');
  return `${date || '0000'}~${rank}`;
}

export interface RecordPlace {
  ordinal: number;
  total: number;
  /** The shard filter value; omitted for a single, unsharded index. */
  shard?: string;
}

export function searchRecordHtml(article: Article, place: RecordPlace = { ordinal: 0, total: 1 }): string {
  const filters: string[] = [];
  const filter = (kind: string, value: string) => filters.push(tag('span', ` data-pagefind-filter="${kind}"`, value));
  for (const s of article.sections) filter('sections', s.slug);
  for (const kind of ENTITY_KINDS) for (const e of article.entities[kind]) filter(kind, e.slug);
  if (article.source) filter('source', article.source);
  // Pagefind cannot filter a range, so the search page turns a date range into a set of months.
  if (article.date) filter('month', article.date.slice(0, 7));
  if (place.shard) filter('shard', place.shard);
  const date = article.date ?? '';
  return [
    '<html lang="en"><body>',
    tag('h1', '', article.title),
    article.dek ? tag('p', '', article.dek) : '',
    ...plainParagraphs(article.body).map((p) => tag('p', '', p)),
    // A bare data-pagefind-ignore keeps filter values out of the words but still records them
    // ("all" would drop the filters too).
    `<div data-pagefind-ignore>${filters.join('')}</div>`,
    `<span data-pagefind-meta="slug:${escapeHtml(article.slug)}"></span>`,
    date ? `<span data-pagefind-meta="date:${escapeHtml(date)}"></span>` : '',
    // Undated articles sort last under "newest first", as in the lists.
    `<span data-pagefind-sort="date:${escapeHtml(newestSortKey(date, place.ordinal, place.total))}"></span>`,
    '</body></html>',
  ].join('');
}
