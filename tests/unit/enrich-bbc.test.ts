// Section accuracy on a labelled corpus: the BBC news corpus when it is beside the repo (read by
// path, never copied), otherwise a generated five-desk corpus.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '../../src/pipeline/enrich/defaultTopics';
import { assignSections, type TopicInput } from '../../src/pipeline/enrich/sections';
import { defaultTaxonomy, taxonomyFromLabels } from '../../src/pipeline/enrich/taxonomy';
import { repoRoot } from '../harness/paths';
import { bbcCorpusDir, hasBbcCorpus } from '../harness/shared';

const useBbc = hasBbcCorpus();
const mapping = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'bench/mappings/five-news-sections.json'), 'utf8'),
) as Record<string, string[]>;

interface Labelled {
  label: string;
  doc: TopicInput;
}

function readLabelled(dir: string): Labelled[] {
  const out: Labelled[] = [];
  for (const label of fs
    .readdirSync(dir)
    .filter((f) => fs.statSync(path.join(dir, f)).isDirectory())
    .sort()) {
    for (const file of fs
      .readdirSync(path.join(dir, label))
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const lines = fs
        .readFileSync(path.join(dir, label, file), 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      out.push({ label, doc: { title: lines[0] ?? '', dek: null, paragraphs: lines.slice(1), topics: [] } });
    }
  }
  return out;
}

/** Without the corpus: articles from the default topics' own words, one desk per folder label. */
function generated(): Labelled[] {
  const out: Labelled[] = [];
  let state = 12345;
  const rand = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const filler = ['the', 'report', 'said', 'on', 'week', 'people', 'new', 'year', 'plans', 'after', 'city', 'group'];
  for (const [label, slugs] of Object.entries(mapping)) {
    const words = DEFAULT_TOPICS.find((t) => t.slug === slugs[0])!.words;
    for (let i = 0; i < 40; i++) {
      const sentence = (): string =>
        Array.from({ length: 14 }, () => (rand() < 0.3 ? words : filler)[Math.floor(rand() * 12)] ?? 'news').join(' ');
      out.push({
        label,
        doc: { title: sentence(), dek: null, paragraphs: [sentence(), sentence(), sentence()], topics: [] },
      });
    }
  }
  return out;
}

// Tagging 2,225 articles takes a few seconds, more on a busy machine; the test is about accuracy,
// so it must not fail on vitest's 5-second default.
describe(`section accuracy on ${useBbc ? 'the BBC corpus' : 'a generated corpus'}`, { timeout: 60_000 }, () => {
  const corpus = useBbc ? readLabelled(bbcCorpusDir) : generated();
  const labels = [...new Set(corpus.map((c) => c.label))];
  const docs = corpus.map((c) => c.doc);

  it('reaches 95% with the default taxonomy mapped onto the labels', () => {
    const slugToLabel = new Map(
      Object.entries(mapping).flatMap(([label, slugs]) => slugs.map((s) => [s, label] as const)),
    );
    const sections = assignSections(docs, defaultTaxonomy());
    const correct = sections.filter((s, i) => slugToLabel.get(s[0]!.slug) === corpus[i]!.label).length;
    expect(correct / corpus.length).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches 95% from the label names alone', () => {
    const sections = assignSections(docs, taxonomyFromLabels(labels));
    const correct = sections.filter((s, i) => s[0]!.slug === corpus[i]!.label).length;
    expect(correct / corpus.length).toBeGreaterThanOrEqual(0.95);
  });
});
