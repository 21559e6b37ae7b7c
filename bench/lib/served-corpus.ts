// One corpus for a browser benchmark: the seeds, or a generated corpus of N articles, built into a
// scratch folder and served; everything is removed once the measuring is done.
import { rmSync } from 'node:fs';
import { makeTmpDir, seedsDir } from '../../tests/harness/paths';
import { serveSite, type ServedSite } from '../../tests/harness/serve-site';
import { generateCorpus } from '../generate';
import { measureBuild } from './measure-build';

/** `size`: 'seed' or a number of generated articles; `name` prefixes the scratch folders. */
export async function withServedCorpus<T>(
  name: string,
  size: string,
  log: (message: string) => void,
  measure: (site: ServedSite, outDir: string) => Promise<T>,
): Promise<T> {
  if (size !== 'seed' && !/^\d+$/.test(size)) throw new Error(`unknown size "${size}": use seed or a number`);
  const corpusDir = size === 'seed' ? seedsDir : makeTmpDir(`${name}-gen-${size}`);
  const outDir = makeTmpDir(`${name}-${size}-dist`);
  try {
    if (size !== 'seed') {
      log(`generating ${size} articles`);
      generateCorpus({ count: Number(size), outDir: corpusDir });
    }
    log(`building ${size}`);
    await measureBuild(corpusDir, outDir);
    const site = await serveSite(outDir, '/');
    try {
      log(`measuring ${size}`);
      return await measure(site, outDir);
    } finally {
      await site.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    if (size !== 'seed') rmSync(corpusDir, { recursive: true, force: true });
  }
}
