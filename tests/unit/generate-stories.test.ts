// `npm run generate -- --stories`: events told by several articles, with the truth beside them.
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus, STORIES_FILE, syntheticArticles } from '../../bench/generate';
import { bCubed } from '../../bench/coverage';
import { parsePlainText } from '../../src/pipeline/parse/plainText';

const DAY_MS = 86_400_000;

describe('generated stories', () => {
  const articles = [...syntheticArticles(600, 9, true)];
  const byStory = new Map<string, typeof articles>();
  for (const a of articles) if (a.story) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a]);

  it('tell each event in several articles, other headlines, other sources, days apart', () => {
    expect(byStory.size).toBeGreaterThan(20);
    const share = [...byStory.values()].flat().length / articles.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.5);
    for (const members of byStory.values()) {
      expect(members.length).toBeGreaterThanOrEqual(2);
      const drafts = members.map((m) => parsePlainText(m.path, m.text).draft!);
      expect(new Set(drafts.map((d) => d.title)).size).toBe(members.length);
      expect(new Set(drafts.map((d) => d.source)).size).toBe(members.length);
      const days = drafts.map((d) => Date.parse(d.date!) / DAY_MS);
      expect(Math.max(...days) - Math.min(...days)).toBeGreaterThanOrEqual(members.length - 1);
      expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(14);
    }
  });

  it('leave every other article as it was without --stories', () => {
    const plain = [...syntheticArticles(600, 9)];
    articles.forEach((a, i) => {
      if (a.story === null) expect(a.text).toBe(plain[i]!.text);
      expect(plain[i]!.story).toBeNull();
    });
  });

  it('write the event of each story article to stories.json, and nothing without --stories', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'generate-stories-'));
    try {
      const result = generateCorpus({ count: 600, outDir: dir, seed: 9, stories: true });
      const truth = JSON.parse(readFileSync(path.join(dir, STORIES_FILE), 'utf8')) as Record<string, string>;
      expect(truth).toEqual(Object.fromEntries(articles.filter((a) => a.story).map((a) => [a.path, a.story])));
      expect(result.inStories).toBe(Object.keys(truth).length);
      generateCorpus({ count: 600, outDir: dir, seed: 9 });
      expect(() => readFileSync(path.join(dir, STORIES_FILE))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('B-cubed', () => {
  it('is 1 and 1 for the true clustering, and loses precision when clusters merge', () => {
    const truth = ['a', 'a', 'b', 'b', null];
    expect(bCubed(truth, truth)).toEqual({ precision: 1, recall: 1 });
    // Everything in one cluster: each item's cluster is 5, of which its own 2 (or 1) are right.
    expect(bCubed(['x', 'x', 'x', 'x', 'x'], truth)).toEqual({ precision: 0.36, recall: 1 });
    // Every item alone: precision 1, recall halves for the paired items.
    expect(bCubed([null, null, null, null, null], truth)).toEqual({ precision: 1, recall: 0.6 });
  });
});
