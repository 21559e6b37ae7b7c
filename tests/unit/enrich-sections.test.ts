import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignSections, UNCLASSIFIED, type TopicInput } from '../../src/pipeline/enrich/sections';
import { defaultTaxonomy, taxonomyFromLabels } from '../../src/pipeline/enrich/taxonomy';
import { mulberry32 } from '../../bench/lib/prng';
import { seedsDir } from '../harness/paths';

/** The seed, read simply: headline on line 1, then paragraphs, without the "By" and "FILE:" lines. */
function seedArticle(): TopicInput {
  const lines = fs
    .readFileSync(path.join(seedsDir, '000_b8ec4b7f77a3a021.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== 'By' && !l.startsWith('FILE:'));
  return { title: lines[0]!, dek: null, paragraphs: lines.slice(1), topics: [] };
}

/** The generator's seeded PRNG, so the generated corpus is the same on every run. */
const prng = mulberry32;

// Made-up topics with their own word pools, unknown to the default taxonomy, plus words every article shares.
const POOLS: Record<string, string[]> = {
  astronomy: [
    'telescope',
    'galaxy',
    'orbit',
    'comet',
    'nebula',
    'planet',
    'observatory',
    'eclipse',
    'asteroid',
    'meteor',
    'supernova',
    'lunar',
    'constellation',
    'stargazer',
    'cosmos',
  ],
  baking: [
    'flour',
    'oven',
    'dough',
    'yeast',
    'pastry',
    'sourdough',
    'butter',
    'croissant',
    'loaf',
    'icing',
    'whisk',
    'muffin',
    'baguette',
    'crust',
    'sponge',
  ],
  sailing: [
    'yacht',
    'regatta',
    'mast',
    'hull',
    'keel',
    'harbour',
    'sail',
    'helm',
    'rigging',
    'dinghy',
    'tide',
    'anchor',
    'skipper',
    'mooring',
    'spinnaker',
  ],
};
const SHARED = [
  'local',
  'group',
  'weekend',
  'event',
  'members',
  'town',
  'visitors',
  'season',
  'plans',
  'week',
  'friends',
  'history',
  'morning',
  'club',
  'enthusiasts',
  'record',
  'hundreds',
  'best',
  'early',
  'village',
];

function generatedCorpus(perTopic: number, seed = 42): { docs: TopicInput[]; labels: string[] } {
  const rand = prng(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!;
  const docs: TopicInput[] = [];
  const labels: string[] = [];
  for (let i = 0; i < perTopic; i++) {
    for (const [label, pool] of Object.entries(POOLS)) {
      const sentence = (): string =>
        Array.from({ length: 12 }, () => (rand() < 0.35 ? pick(pool) : pick(SHARED))).join(' ') + '.';
      const paragraphs = Array.from({ length: 4 }, () => `${sentence()} ${sentence()}`);
      // Only some articles name their topic, as real ones do.
      if (i % 3 === 0) paragraphs.push(`Fans of ${label} came from the ${pick(SHARED)}.`);
      docs.push({ title: `${pick(pool)} ${pick(SHARED)} ${pick(pool)}`, dek: null, paragraphs, topics: [] });
      labels.push(label);
    }
  }
  return { docs, labels };
}

describe('assignSections', () => {
  it('files the seed under crime and politics, with confidences', () => {
    const [sections] = assignSections([seedArticle()], defaultTaxonomy());
    expect(sections!.length).toBeGreaterThanOrEqual(1);
    expect(sections!.length).toBeLessThanOrEqual(3);
    const slugs = sections!.map((s) => s.slug);
    expect(['crime-law-justice', 'politics']).toContain(slugs[0]);
    expect(slugs).toEqual(expect.arrayContaining(['crime-law-justice', 'politics']));
    expect(sections![0]!.name).toMatch(/^(Crime & Law|Politics)$/);
    for (const s of sections!) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('learns a names-only taxonomy from a corpus it has never seen', () => {
    const { docs, labels } = generatedCorpus(30);
    const sections = assignSections(docs, taxonomyFromLabels(Object.keys(POOLS)));
    const correct = sections.filter((s, i) => s[0]!.slug === labels[i]).length;
    expect(correct / docs.length).toBeGreaterThanOrEqual(0.95);
    for (const s of sections) expect(s.length).toBeGreaterThanOrEqual(1);
  });

  it('lets front-matter topics win, matched to the taxonomy where they can be', () => {
    const { docs } = generatedCorpus(20);
    const tagged = docs.map((d, i) => (i === 0 ? { ...d, topics: ['Sailing', 'Local News'] } : d));
    const sections = assignSections(tagged, taxonomyFromLabels(Object.keys(POOLS)));
    // Article 0 is about astronomy by its words, but its front matter says otherwise.
    expect(sections[0]).toEqual([
      { slug: 'sailing', name: 'sailing', confidence: 1 },
      { slug: 'local-news', name: 'Local News', confidence: 1 },
    ]);

    const [seed] = assignSections([{ ...seedArticle(), topics: ['sport'] }], defaultTaxonomy());
    expect(seed).toEqual([{ slug: 'sport', name: 'Sport', confidence: 1 }]);
    // The IPTC label still names its topic, under the name a reader sees.
    const [labour] = assignSections([{ ...seedArticle(), topics: ['labour'] }], defaultTaxonomy());
    expect(labour).toEqual([{ slug: 'work-jobs', name: 'Work & Jobs', confidence: 1 }]);
  });

  it('says "unclassified" rather than guessing for an article that fits nothing', () => {
    const { docs } = generatedCorpus(20);
    const gibberish: TopicInput = {
      title: 'Zorblat quinx',
      dek: null,
      paragraphs: ['Vrek plonth ysmar quibble frandor whelk spazz. Trumbo klix vanter oomph glarb.'],
      topics: [],
    };
    const sections = assignSections([...docs, gibberish], taxonomyFromLabels(Object.keys(POOLS)));
    expect(sections[docs.length]).toEqual([{ ...UNCLASSIFIED }]);
    expect(UNCLASSIFIED.confidence).toBe(0);

    const small = assignSections([gibberish, seedArticle()], defaultTaxonomy());
    expect(small[0]).toEqual([{ ...UNCLASSIFIED }]);
    expect(small[1]![0]!.slug).not.toBe(UNCLASSIFIED.slug);
  });

  it('gives the same output for the same input', () => {
    const { docs } = generatedCorpus(20, 7);
    const a = assignSections(docs, defaultTaxonomy());
    const b = assignSections(structuredClone(docs), defaultTaxonomy());
    expect(b).toEqual(a);
    const c = assignSections(docs, taxonomyFromLabels(Object.keys(POOLS)));
    expect(assignSections(docs, taxonomyFromLabels(Object.keys(POOLS)))).toEqual(c);
  });
});
