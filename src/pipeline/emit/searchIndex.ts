// The full-text index, built by Pagefind (a kept engine: chunked, loaded on demand in the
// browser, with filters and sorting). Each article goes in as a small HTML record so the
// headline ranks above body text; facet values ride along as Pagefind filters.
import path from 'node:path';
import * as pagefind from 'pagefind';
import { ENTITY_KINDS, type Article } from '../../model/article';
import { plainParagraphs } from '../identify';
import type { Progress } from '../progress';


function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function tag(name: string, attrs: string, text: string): string {
  return `<${name}${attrs}>${escapeHtml(text)}</${name}>`;
}

/**
 * Sort key for "newest first": the date, then the article's place in the list, so equal dates
 * (or none) keep the list's order instead of an arbitrary one. Pagefind sorts these as text.
 */
export function newestSortKey(date: string | null, ordinal: number, total: number): string {
  const rank = String(total - ordinal).padStart(String(total).length, '0');
  return `${date || '0000'}~${rank}`;
}

export function searchRecordHtml(article: Article, ordinal = 0, total = 1): string {
  const filters: string[] = [];
  const filter = (kind: string, value: string) => filters.push(tag('span', ` data-pagefind-filter="${kind}"`, value));
  for (const s of article.sections) filter('sections', s.slug);
  for (const kind of ENTITY_KINDS) for (const e of article.entities[kind]) filter(kind, e.slug);
  if (article.source) filter('source', article.source);
  // Pagefind cannot filter a range, so the search page turns a date range into a set of months.
  if (article.date) filter('month', article.date.slice(0, 7));
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
    `<span data-pagefind-sort="date:${escapeHtml(newestSortKey(date, ordinal, total))}"></span>`,
    '</body></html>',
  ].join('');
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Records in flight at once: the Pagefind service answers faster when it is never idle. */
const IN_FLIGHT = 64;

async function withSearchIndex<T>(
  articles: Article[],
  basePath: string,
  bar: Progress | null,
  use: (index: PagefindIndex) => Promise<T>,
): Promise<T> {
  const created = await pagefind.createIndex({ forceLanguage: 'en', keepIndexUrl: true });
  const index = created.index;
  if (!index) throw new Error(`search index: ${created.errors.join('; ')}`);
  try {
    const pending = new Set<Promise<void>>();
    let done = 0;
    for (const [ordinal, article] of articles.entries()) {
      const added: Promise<void> = index
        .addHTMLFile({ url: `${basePath}articles/${article.slug}/`, content: searchRecordHtml(article, ordinal, articles.length) })
        .then((result) => {
          if (result.errors.length > 0) throw new Error(`search index: ${article.file}: ${result.errors.join('; ')}`);
          pending.delete(added);
          bar?.tick(++done);
        });
      pending.add(added);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    }
    await Promise.all(pending);
    return await use(index);
  } finally {
    await pagefind.close();
    bar?.end();
  }
}

export async function writeSearchIndex(articles: Article[], outDir: string, basePath: string, bar: Progress): Promise<void> {
  await withSearchIndex(articles, basePath, bar, async (index) => {
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
  });
}

/** The index as in-memory files (path under pagefind/ → bytes), for the dev server. */
export async function searchIndexFiles(articles: Article[], basePath: string): Promise<Map<string, Uint8Array>> {
  return withSearchIndex(articles, basePath, null, async (index) => {
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new Error(`search index: ${errors.join('; ')}`);
    return new Map(files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
  });
}
