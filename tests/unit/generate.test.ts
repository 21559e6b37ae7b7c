import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articlePath, generateCorpus, syntheticArticles } from '../../bench/generate';
import { parsePlainText } from '../../src/pipeline/parse/plainText';

const tmpRoots: string[] = [];
function tmpDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-gen-'));
  tmpRoots.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tmpRoots) rmSync(dir, { recursive: true, force: true });
});

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('generateCorpus', () => {
  it('writes byte-identical files for the same arguments', () => {
    const a = tmpDir();
    const b = tmpDir();
    generateCorpus({ count: 1205, outDir: a, seed: 7 });
    generateCorpus({ count: 1205, outDir: b, seed: 7 });
    const files = listFiles(a);
    expect(files).toEqual(listFiles(b));
    expect(files).toHaveLength(1205);
    const differing = files.filter(
      (file) => !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))),
    );
    expect(differing).toEqual([]);
  });

  it('gives a different corpus for a different seed', () => {
    const [first] = syntheticArticles(1, 1);
    const [other] = syntheticArticles(1, 2);
    expect(first!.text).not.toBe(other!.text);
  });

  it('puts files in folders of 1000', () => {
    const dir = tmpDir();
    generateCorpus({ count: 1001, outDir: dir, seed: 3 });
    expect(readdirSync(dir).sort()).toEqual(['0000', '0001']);
    expect(readdirSync(path.join(dir, '0000'))).toHaveLength(1000);
    expect(readdirSync(path.join(dir, '0001'))).toEqual(['001000.txt']);
    expect(articlePath(123)).toBe('0000/000123.txt');
    expect(articlePath(99_999)).toBe('0099/099999.txt');
  });

  it('replaces an earlier, larger corpus in the same folder', () => {
    const dir = tmpDir();
    generateCorpus({ count: 1500, outDir: dir, seed: 3 });
    generateCorpus({ count: 10, outDir: dir, seed: 3 });
    expect(listFiles(dir)).toHaveLength(10);
  });
});

describe('synthetic articles', () => {
  const articles = [...syntheticArticles(400, 11)];

  it('have the seed shape: headline, optional date line, dek, credits, body paragraphs', () => {
    for (const { text } of articles) {
      const blocks = text.trimEnd().split('\n\n');
      const head = blocks[0]!.split('\n');
      expect(head[0]!.length).toBeGreaterThan(10);
      expect(head[0]).not.toMatch(/^(By|FILE:|Date:)/);
      if (head.length > 1) {
        expect(head).toHaveLength(2);
        expect(head[1]).toMatch(/^Date: \d{4}-\d{2}-\d{2}$/);
      }
      expect(blocks[1]).toMatch(/^[A-Z].+\.$/);
      const rest = blocks.slice(2);
      const credits = rest[0]!.split('\n');
      const hasCredits = /^(By( |$)|FILE: )/.test(credits[0]!);
      if (hasCredits) {
        for (const line of credits) expect(line).toMatch(/^(By( .+)?|FILE: .+ \/ [A-Z][\w ]+)$/);
      }
      const body = hasCredits ? rest.slice(1) : rest;
      expect(body.length).toBeGreaterThanOrEqual(3);
      for (const paragraph of body) {
        expect(paragraph).not.toContain('\n');
        expect(paragraph).not.toMatch(/[{}]/);
      }
      expect(text.endsWith('\n')).toBe(true);
    }
  });

  it('vary topics and spread dates over about ten years, leaving some undated', () => {
    const topics = new Set(articles.map((a) => a.topic));
    expect(topics.size).toBeGreaterThanOrEqual(8);
    const years = new Set(articles.flatMap((a) => (a.date ? [a.date.slice(0, 4)] : [])));
    expect([...years].sort()).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    const undated = articles.filter((a) => a.date === null).length;
    expect(undated).toBeGreaterThan(0);
    expect(undated).toBeLessThan(articles.length / 4);
  });

  it('carry bylines, bare bylines and captions in some files', () => {
    const texts = articles.map((a) => a.text);
    expect(texts.some((t) => /\n\nBy [A-Z]\w+ [A-Z]\w+\n/.test(t))).toBe(true);
    expect(texts.some((t) => /\n\nBy\n/.test(t))).toBe(true);
    expect(texts.some((t) => /\nFILE: .+ \/ .+\n/.test(t))).toBe(true);
  });

  it('name recurring people: full name at first mention in the body', () => {
    const fullNames = new Map<string, number>();
    for (const { text } of articles) {
      for (const m of text.matchAll(/said (?:[a-z ]+ )?([A-Z][a-z]+ [A-Z][a-z]+)\./g)) {
        fullNames.set(m[1]!, (fullNames.get(m[1]!) ?? 0) + 1);
      }
    }
    const recurring = [...fullNames.values()].filter((n) => n >= 3);
    expect(recurring.length).toBeGreaterThan(0);
  });
});

describe('synthetic articles read by the seed parser', () => {
  it('parse without problems into headline, date, byline, caption and body', () => {
    for (const { path: file, text, date } of syntheticArticles(300, 5)) {
      const { draft, problems } = parsePlainText(file, text);
      expect(problems).toEqual([]);
      const lines = text.split('\n');
      expect(draft!.title).toBe(lines[0]);
      expect(draft!.date).toBe(date);
      expect(draft!.dek).toBe(text.split('\n\n')[1]);
      const byline = /\n\nBy (.+)\n/.exec(text)?.[1] ?? null;
      expect(draft!.byline).toBe(byline);
      const caption = /\nFILE: .+ \/ (.+)\n/.exec(text);
      expect(draft!.caption?.credit ?? null).toBe(caption?.[1] ?? null);
      const bodyText = draft!.body.map((b) => (b.type === 'p' ? b.children.join('') : '')).join('\n');
      expect(bodyText).not.toMatch(/^(By|FILE:|Date:)/m);
      expect(draft!.body.length).toBeGreaterThanOrEqual(3);
    }
  });
});
