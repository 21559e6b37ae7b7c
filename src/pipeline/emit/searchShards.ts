// Splits the search records into shards. Pagefind holds a whole index in memory while it
// writes it — measured here, about 100 kB per generated article (484 MB for 5,000 articles,
// 8.5 MB of records) — so one index for 100,000 articles would not fit the build's memory.
import { createHash } from 'node:crypto';
import type { Article } from '../../model/article';
import { searchRecordHtml } from './searchRecord';

/**
 * Record bytes one shard may hold: about 1 GB of Pagefind memory at the ratio measured above.
 * Fewer, larger shards are cheaper in the browser: every query term fetches a chunk per shard.
 */
const SHARD_TEXT_BYTES = 16_000_000;
/**
 * Shard sizes come from a few fixed steps, so editing an article rarely changes the size and
 * with it every shard's contents.
 */
const SHARD_SIZES = [5000, 2000, 1000] as const;
const SMALLEST_SHARD = 1000;

export interface ShardPlan {
  dir: string;
  /** Same key, same records: the last build's shard can be reused as it is. */
  key: string;
  records: { url: string; html: string }[];
}

export function shardSize(averageRecordBytes: number): number {
  return SHARD_SIZES.find((size) => size * averageRecordBytes <= SHARD_TEXT_BYTES) ?? SMALLEST_SHARD;
}

/**
 * Shards count from the oldest end of the list, so new articles (which arrive at the newest end)
 * and edits leave every other shard's records, and so its key, unchanged.
 */
export function planShards(articles: Article[], basePath: string, engineVersion: string, fixedSize?: number): ShardPlan[] {
  const total = articles.length;
  const url = (a: Article) => `${basePath}articles/${a.slug}/`;
  const plain = articles.map((a, ordinal) => searchRecordHtml(a, { ordinal, total }));
  const averageBytes = plain.reduce((sum, html) => sum + html.length, 0) / Math.max(total, 1);
  const size = fixedSize ?? shardSize(averageBytes);
  const count = Math.max(1, Math.ceil(total / size));
  const plans: ShardPlan[] = Array.from({ length: count }, (_, k) => ({ dir: `s${k}`, key: '', records: [] }));
  for (let ordinal = total - 1; ordinal >= 0; ordinal--) {
    const k = Math.floor((total - 1 - ordinal) / size);
    const article = articles[ordinal]!;
    const html = count === 1 ? plain[ordinal]! : searchRecordHtml(article, { ordinal, total, shard: `s${k}` });
    plans[k]!.records.push({ url: url(article), html });
  }
  for (const plan of plans) {
    const hash = createHash('sha256').update(`${engineVersion}\u0000`);
    for (const r of plan.records) hash.update(r.url).update('\u0000').update(r.html).update('\u0000');
    plan.key = hash.digest('hex');
  }
  return plans;
}
