import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, defaultTaxonomy, loadTaxonomy, parseTaxonomyConfig } from '../../src/pipeline/enrich/taxonomy';

const dirs: string[] = [];
function project(config?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-taxonomy-'));
  dirs.push(dir);
  if (config !== undefined) fs.writeFileSync(path.join(dir, 'broadsheet.config.json'), config);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function configError(text: string): ConfigError {
  try {
    parseTaxonomyConfig(text);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('taxonomy', () => {
  it('defaults to the 17 IPTC Media Topics with short names and describing words', () => {
    const t = defaultTaxonomy();
    expect(t.source).toBe('default');
    expect(t.topics).toHaveLength(17);
    expect(new Set(t.topics.map((x) => x.slug)).size).toBe(17);
    expect(new Set(t.topics.map((x) => x.iptc)).size).toBe(17);
    const business = t.topics.find((x) => x.slug === 'economy-business-finance')!;
    expect(business).toMatchObject({
      name: 'Business',
      label: 'economy, business and finance',
      iptc: 'medtop:04000000',
    });
    for (const topic of t.topics) {
      expect(topic.name.length).toBeLessThanOrEqual(16);
      expect(topic.words.length).toBeGreaterThanOrEqual(40);
    }
    expect(loadTaxonomy(project()).topics).toHaveLength(17);
  });

  it('names topics for a general reader, and keeps Weather to words that mean weather', () => {
    const topics = defaultTaxonomy().topics;
    // IPTC's "labour" reads as the party to UK readers.
    expect(topics.find((x) => x.iptc === 'medtop:09000000')).toMatchObject({ slug: 'work-jobs', name: 'Work & Jobs' });
    expect(topics.map((x) => x.name)).not.toContain('Labour');
    const weather = topics.find((x) => x.slug === 'weather')!.words;
    for (const word of [
      'forecast',
      'prices',
      'oil',
      'supply',
      'demand',
      'cold',
      'winter',
      'warnings',
      'degrees',
      'cloud',
    ]) {
      expect(weather).not.toContain(word);
    }
  });

  it('reads a names-only config, and lets --labels override it', () => {
    const dir = project(
      JSON.stringify(
        { siteTitle: 'Mine', topics: [{ name: 'tech' }, { name: 'Local News', words: ['council', 'mayor'] }] },
        null,
        2,
      ),
    );
    const t = loadTaxonomy(dir);
    expect(t.source).toBe('config');
    expect(t.topics).toEqual([
      { slug: 'tech', name: 'tech', label: 'tech', words: [] },
      { slug: 'local-news', name: 'Local News', label: 'Local News', words: ['council', 'mayor'] },
    ]);
    const labels = loadTaxonomy(dir, ['business', 'sport', ' ', 'sport']);
    expect(labels.source).toBe('labels');
    expect(labels.topics.map((x) => x.slug)).toEqual(['business', 'sport']);
  });

  it('falls back to the default when the config has no topics', () => {
    expect(loadTaxonomy(project('{ "siteTitle": "x" }')).source).toBe('default');
  });

  it('says where a bad config is wrong', () => {
    expect(configError('{\n  "topics": [\n    { "name": "a" },\n  ]\n}').message).toMatch(
      /^broadsheet\.config\.json:\d+: not valid JSON/,
    );
    expect(configError('{\n  "topics": [\n    { "name": "a" },\n    { "words": ["x"] }\n  ]\n}').message).toBe(
      'broadsheet.config.json:4: topics[1].name must be a non-empty string',
    );
    expect(configError('{\n  "topics": [\n    { "name": "a",\n      "word": ["x"] }\n  ]\n}').message).toBe(
      'broadsheet.config.json:4: topics[0] has an unknown key "word" (allowed: name, words)',
    );
    expect(configError('{\n  "topics": [\n    { "name": "a", "words": "x" }\n  ]\n}').message).toBe(
      'broadsheet.config.json:3: topics[0].words must be a list of strings',
    );
    expect(configError('{\n  "topics": [\n    { "name": "Sport" },\n    { "name": "sport" }\n  ]\n}').message).toBe(
      'broadsheet.config.json:4: topics[1] "sport" repeats the topic on line 3',
    );
    expect(configError('{ "topics": {} }').message).toMatch(
      /^broadsheet\.config\.json:1: "topics" must be a non-empty list/,
    );
    expect(() => loadTaxonomy(project('[1, 2]'))).toThrow(
      /broadsheet\.config\.json:1: the config must be a JSON object/,
    );
  });
});
