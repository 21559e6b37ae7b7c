// Sections on short news items (a headline and a sentence or two) written for this repository in
// the shape of four-label news test sets: World, Sports, Business, Sci/Tech, given by name only.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelled, readTsv } from '../../bench/lib/labelled';
import { assignSections } from '../../src/pipeline/enrich/sections';
import { defaultTaxonomy, taxonomyFromLabels } from '../../src/pipeline/enrich/taxonomy';
import { repoRoot } from '../harness/paths';

const corpus = readLabelled(path.join(repoRoot, 'tests/fixtures/short-news/items.tsv'));
const docs = corpus.map((c) => c.doc);
const labels = ['World', 'Sports', 'Business', 'Sci/Tech'];

describe('sections on short news items', () => {
  it('reads 25 items for each of the four labels', () => {
    for (const label of labels) expect(corpus.filter((c) => c.label === label)).toHaveLength(25);
  });

  it('gets at least 85% right from the label names alone, every label well above chance', () => {
    const taxonomy = taxonomyFromLabels(labels);
    const nameOf = new Map(taxonomy.topics.map((t) => [t.slug, t.name]));
    const predicted = assignSections(docs, taxonomy).map((s) => nameOf.get(s[0]!.slug));
    const right = (label: string) => corpus.filter((c, i) => c.label === label && predicted[i] === label).length;
    expect(labels.reduce((sum, label) => sum + right(label), 0) / corpus.length).toBeGreaterThanOrEqual(0.85);
    for (const label of labels) expect(right(label)).toBeGreaterThanOrEqual(17);
  });

  it('files price and commodity stories under Business, never under Weather or Disasters', () => {
    const sections = assignSections(docs, defaultTaxonomy());
    const prices = corpus
      .map((c, i) => ({ ...c, sections: sections[i]!.map((s) => s.slug) }))
      .filter((c) => c.label === 'Business' && /\b(oil|crude|gas|gold|copper|sugar|prices?)\b/i.test(c.doc.title));
    expect(prices.length).toBeGreaterThanOrEqual(8);
    for (const item of prices) {
      expect(item.sections[0], item.doc.title).toBe('economy-business-finance');
      // Oil, gas and metals have no weather in them (a frost or a harvest story may).
      if (!/frost|harvest/i.test(item.doc.title + item.doc.paragraphs.join(' '))) {
        expect(item.sections, item.doc.title).not.toContain('weather');
      }
      expect(item.sections, item.doc.title).not.toContain('disaster-accident-emergency');
    }
  });

  it('adds a second section only on real evidence: one stray word ("beats") adds no Sport', () => {
    const sections = assignSections(docs, defaultTaxonomy());
    const business = corpus.flatMap((c, i) => (c.label === 'Business' ? [sections[i]!.map((s) => s.slug)] : []));
    expect(business.filter((slugs) => slugs.includes('sport'))).toEqual([]);
    // Secondary sections still appear where the words are there: jobs stories are also Work & Jobs.
    expect(business.filter((slugs) => slugs.includes('work-jobs')).length).toBeGreaterThanOrEqual(1);
  });
});

describe('the short-item file format', () => {
  it('names the line of a malformed item', () => {
    expect(() => readTsv('# comment\nWorld\tHeadline only\n', 'items.tsv')).toThrow(
      'items.tsv:2: expected label<TAB>headline<TAB>text, found 2 field(s)',
    );
    expect(readTsv('\nSports\tA win\tThey won.\n', 'x.tsv')).toEqual([
      { label: 'Sports', doc: { title: 'A win', dek: null, paragraphs: ['They won.'], topics: [] } },
    ]);
  });
});
