// A rebuild fits the section model from each seed's kept terms and reads again only the seeds
// that changed; the sections must be exactly those of a cold build of the same seeds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../bench/generate';
import { plainParagraphs } from '../../src/model/plainText';
import { assignSections, type TopicInput } from '../../src/pipeline/enrich/sections';
import { defaultTaxonomy } from '../../src/pipeline/enrich/taxonomy';
import { docTerms, matrixOf } from '../../src/pipeline/enrich/termMatrix';
import type { ArticleDraft } from '../../src/model/article';
import { EntityCache } from '../../src/pipeline/incremental/entityCache';
import { repoRoot } from '../harness/paths';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-terms-cache-'));
  file = path.join(dir, 'entities.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** More articles than the small-corpus cut-off, so rare terms are pruned and the model is trained. */
type Seed = readonly [file: string, text: string];
const seeds: Seed[] = [...syntheticArticles(80)].map((a) => [a.path, a.text]);
const edited: Seed[] = seeds.map(([name, text], i) => [
  name,
  i === 0 ? `${text}\n\nThe striker scored twice in the cup final at the stadium.\n` : text,
]);

function topicInput(draft: ArticleDraft): TopicInput {
  return { title: draft.title, dek: draft.dek, paragraphs: plainParagraphs(draft.body), topics: draft.topics };
}

/** Sections through the cache, with the files whose terms were read rather than taken from it. */
async function cachedSections(warm: boolean, corpus: Seed[]) {
  const cache = await EntityCache.open(file, repoRoot, warm);
  const drafts = corpus.map(([name, text]) => cache.parse(name, new TextEncoder().encode(text)).draft!);
  const read: string[] = [];
  const inputs = drafts.map(topicInput);
  const matrix = matrixOf(
    inputs.map((doc, d) => cache.terms(drafts[d]!, () => (read.push(drafts[d]!.file), docTerms(doc)))),
  );
  const sections = assignSections(inputs, defaultTaxonomy(), matrix);
  await cache.save();
  return { sections, read };
}

/** Sections as a build without any cache finds them. */
async function coldSections(corpus: Seed[]) {
  const cache = await EntityCache.open(file, repoRoot, false);
  const inputs = corpus.map(([name, text]) => topicInput(cache.parse(name, new TextEncoder().encode(text)).draft!));
  return assignSections(inputs, defaultTaxonomy());
}

describe('section model terms kept between builds', () => {
  it('reads again only the changed seed and assigns the same sections as a cold build', async () => {
    const first = await cachedSections(false, seeds);
    expect(first.read).toHaveLength(seeds.length);
    expect(first.sections).toEqual(await coldSections(seeds));

    const second = await cachedSections(true, edited);
    expect(second.read).toEqual([edited[0]![0]]);
    expect(second.sections).toEqual(await coldSections(edited));
  });

  it('gives back exactly the terms and counts it kept', async () => {
    const cache = await EntityCache.open(file, repoRoot, false);
    const draft = cache.parse('a.txt', new TextEncoder().encode(seeds[1]![1])).draft!;
    const terms = docTerms(topicInput(draft));
    expect(terms.terms.length).toBeGreaterThan(20);
    cache.terms(draft, () => terms);
    await cache.save();
    const reopened = await EntityCache.open(file, repoRoot, true);
    const again = reopened.parse('a.txt', new TextEncoder().encode(seeds[1]![1])).draft!;
    expect(reopened.terms(again, () => ({ terms: [], tf: [] }))).toEqual(terms);
  });
});
