// The search index built in a worker thread writes exactly what searchIndexFiles makes in this
// thread, and leaves alone the files the last build wrote with the same text.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_DIR, searchPaths } from '../../src/model/searchIndex';
import { searchableText, searchFacets, searchIndexFiles } from '../../src/pipeline/emit/searchIndex';
import { startSearchIndex } from '../../src/pipeline/emit/searchIndexJob';
import { progress } from '../../src/pipeline/common/progress';
import { fileDigest } from '../../src/pipeline/common/fileDigest';
import { siteArticles, type ArticleSpec } from '../component/support/site';

const p = (text: string) => [{ type: 'p' as const, children: [text] }];
const specs: ArticleSpec[] = [
  {
    title: 'Budget talks stall',
    date: '2025-03-04',
    sections: ['Politics'],
    people: ['Ann Lee'],
    source: 'Wire',
    body: p('The budget talks would resume.'),
  },
  {
    title: 'Striker signs',
    date: '2025-03-02',
    sections: ['Sport'],
    source: 'Gazette',
    body: p('The striker signed a contract.'),
  },
  { title: 'Markets rally', date: null, sections: ['Business'], body: p('Shares rose on budget news.') },
];

let out: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'broadsheet-search-job-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('startSearchIndex', () => {
  it('writes the files searchIndexFiles makes, skipping those already on disk with the same digest', async () => {
    const articles = siteArticles(specs);
    const expected = searchIndexFiles(articles);
    const kept = searchPaths.meta();
    const keptFile = path.join(out, SEARCH_DIR, kept);
    await mkdir(path.dirname(keptFile), { recursive: true });
    // Recorded as already holding the new text: a file the job rewrote would lose this marker.
    await writeFile(keptFile, 'left as the last build wrote it');

    const texts = articles.map(searchableText);
    const scanOf = (digests: string[], reuse: boolean, fresh: (ordinal: number) => boolean) => {
      const job = startSearchIndex();
      job.scan(
        { cacheFile, key: 'k', reuse, digests, fresh },
        (ordinal) => texts[ordinal]!,
        progress('search index', texts.length, true),
      );
      return job;
    };
    const cacheFile = path.join(out, 'scan');
    const job = scanOf(['a', 'b', 'c'], false, () => false);
    const written = await job.finish(articles.map(searchFacets), out, { [kept]: fileDigest(expected.get(kept)!) });

    expect(written.unchanged).toBe(1);
    expect(written.reusedScan).toBe(false);
    expect([...written.digests.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [rel, text] of expected) {
      expect(written.digests.get(rel)).toBe(fileDigest(text));
      if (rel !== kept) expect(await readFile(path.join(out, SEARCH_DIR, rel), 'utf8')).toBe(text);
    }
    expect(await readFile(keptFile, 'utf8')).toBe('left as the last build wrote it');

    // Again with the same digests: the saved scan is used and nothing is rewritten.
    const again = await scanOf(['a', 'b', 'c'], true, () => false).finish(
      articles.map(searchFacets),
      out,
      Object.fromEntries(written.digests),
    );
    expect(again.reusedScan).toBe(true);
    expect(again.unchanged).toBe(expected.size);
    // A digest the saved scan lacks, whose text the main thread did not send: the worker asks for
    // every text and scans them all.
    const asked = await scanOf(['a', 'x', 'c'], true, () => false).finish(
      articles.map(searchFacets),
      out,
      Object.fromEntries(written.digests),
    );
    expect(asked.reusedScan).toBe(false);
    expect(asked.digests).toEqual(written.digests);
    // Three worker threads, each starting tsx: seconds on a busy machine.
  }, 60_000);

  it('fails the build when the worker fails', async () => {
    const job = startSearchIndex();
    // Facets without the articles first: the worker throws, and finish must say so rather than hang.
    await expect(job.finish([], out, {})).rejects.toThrow(/facets before texts/);
  }, 60_000);
});
