// Writes every feed of a published site and says in the build log what they cost: the feeds
// run beside the data files and the prerender, so besides its own elapsed time the line gives
// the time spent making them, which contention on a busy machine does not inflate as much.
import type { Article } from '../../../model/article';
import type { SiteInfo } from '../../../model/data';
import { writeChangedFiles } from '../writeChangedFiles';
import { feedFiles } from './feedFiles';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** Every feed's digest by path under outDir (none without SITE_URL); `previous` as writeChangedFiles takes it. */
export async function writeFeeds(
  outDir: string,
  articles: Article[],
  site: SiteInfo,
  previous: Readonly<Record<string, string>>,
  log: (line: string) => void,
): Promise<Map<string, string>> {
  const { siteUrl } = site;
  if (siteUrl === null) return new Map();
  const published = { ...site, siteUrl };
  const started = performance.now();
  let files = 0;
  let bytes = 0;
  let makingMs = 0;
  function* measured(): Generator<[string, string]> {
    const feeds = feedFiles(articles, published);
    for (;;) {
      const before = performance.now();
      const next = feeds.next();
      makingMs += performance.now() - before;
      if (next.done) return;
      files++;
      bytes += Buffer.byteLength(next.value[1]);
      yield next.value;
    }
  }
  const written = await writeChangedFiles(outDir, measured(), previous);
  const unchanged = written.unchanged > 0 ? `, ${written.unchanged} unchanged since the last build` : '';
  const elapsed = seconds(performance.now() - started);
  log(
    `wrote ${files} feed files (${(bytes / 1e6).toFixed(1)} MB${unchanged}) in ${elapsed}, ${seconds(makingMs)} of it making them`,
  );
  return written.digests;
}
