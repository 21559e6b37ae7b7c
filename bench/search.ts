// `npm run -s bench:search -- DIST [REPEATS]`: the search part of `npm run bench` alone, against a
// site already built into DIST (served as a static host would), printing JSON per kind and
// temperature: median ms and kB, the most requests of any run (all, code, data) and the paths the
// first run fetched. For comparing index formats and chunking without a full bench run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataPaths, type Manifest } from '../src/model/data';
import { launchBrowser } from '../tests/harness/browser';
import { serveSite } from '../tests/harness/serve-site';
import { measureSearch, searchQueryPlan, type SearchSeries } from './lib/search-timing';

function summary(series: SearchSeries) {
  return {
    ms: series.medianMs,
    kB: Math.round(series.medianTransferBytes / 102.4) / 10,
    gzipKB: Math.round(series.medianGzipBytes / 102.4) / 10,
    maxRequests: series.maxRequests,
    maxCodeRequests: series.maxCodeRequests,
    maxDataRequests: series.maxDataRequests,
    paths: series.runs[0]!.paths,
  };
}

async function main(): Promise<void> {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: npm run -s bench:search -- DIST [REPEATS]');
  const repeats = Number(process.argv[3] ?? 3);
  if (!(Number.isInteger(repeats) && repeats > 0)) throw new Error('REPEATS must be a whole number ≥ 1');
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'data', dataPaths.manifest()), 'utf8')) as Manifest;
  const plan = searchQueryPlan(outDir, manifest, (message) => process.stderr.write(`bench:search: ${message}\n`));
  const browser = await launchBrowser();
  const site = await serveSite(outDir, '/');
  try {
    const timings = await measureSearch(browser, site.at, manifest, plan, repeats);
    const out: Record<string, unknown> = { plan };
    for (const [kind, { cold, warm }] of Object.entries(timings.kinds)) {
      out[`${kind} cold`] = summary(cold);
      if (warm) out[`${kind} warm`] = summary(warm);
    }
    console.log(JSON.stringify(out, null, 1));
  } finally {
    await site.close();
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
