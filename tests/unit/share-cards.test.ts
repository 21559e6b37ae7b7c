// Share cards: 1200×630 PNGs, one per section and one for the site, drawn once and then copied
// from .cache/ by every later build.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardSvg, writeShareCards } from '../../src/pipeline/emit/shareCards';
import { SHARE_CARD_SIZE } from '../../src/model/shareCards';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'broadsheet-cards-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const SECTIONS = [
  { slug: 'politics', name: 'Politics' },
  { slug: 'odd', name: '</text><script>alert(1)</script> & "Arts"' },
];

describe('writeShareCards', () => {
  it('writes the site card and one per section as 1200×630 PNGs', async () => {
    const outDir = path.join(root, 'dist');
    const result = await writeShareCards(root, outDir, 'The Gazette', SECTIONS);
    expect(result.files).toEqual(['cards/site.png', 'cards/sections/politics.png', 'cards/sections/odd.png']);
    expect(result.drawn).toBe(3);
    const stats: string[] = [];
    for (const file of result.files) {
      const image = sharp(path.join(outDir, file));
      const meta = await image.metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }, file).toEqual({
        format: 'png',
        ...SHARE_CARD_SIZE,
      });
      // Text was drawn: the channels vary, and no two cards are alike.
      const { channels } = await image.stats();
      expect(channels[0]!.max - channels[0]!.min, file).toBeGreaterThan(100);
      stats.push(JSON.stringify(channels.map((c) => c.mean)));
    }
    expect(new Set(stats).size).toBe(3);
  });

  it('draws each card once: a second build, even of another out dir, copies them from the cache', async () => {
    await writeShareCards(root, path.join(root, 'a'), 'The Gazette', SECTIONS);
    const cacheDir = path.join(root, '.cache/cards');
    const cached = (await readdir(cacheDir)).sort();
    expect(cached).toHaveLength(3);
    const mtimes = await Promise.all(cached.map(async (f) => (await stat(path.join(cacheDir, f))).mtimeMs));

    const again = await writeShareCards(root, path.join(root, 'b'), 'The Gazette', SECTIONS);
    expect(again.drawn).toBe(0);
    expect(again.files).toHaveLength(3);
    expect((await readdir(cacheDir)).sort()).toEqual(cached);
    expect(await Promise.all(cached.map(async (f) => (await stat(path.join(cacheDir, f))).mtimeMs))).toEqual(mtimes);
    const meta = await sharp(path.join(root, 'b/cards/sections/politics.png')).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });

  it('a rebuild leaves an unchanged card in the out dir untouched', async () => {
    const outDir = path.join(root, 'dist');
    await writeShareCards(root, outDir, 'The Gazette', SECTIONS);
    const before = (await stat(path.join(outDir, 'cards/site.png'))).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeShareCards(root, outDir, 'The Gazette', SECTIONS);
    expect((await stat(path.join(outDir, 'cards/site.png'))).mtimeMs).toBe(before);
  });

  it('draws again what a new site title or section name changes, and only that', async () => {
    await writeShareCards(root, path.join(root, 'a'), 'The Gazette', SECTIONS);
    const renamed = await writeShareCards(root, path.join(root, 'a'), 'The Gazette', [
      { slug: 'politics', name: 'Politics and power' },
    ]);
    expect(renamed.drawn).toBe(1);
    const retitled = await writeShareCards(root, path.join(root, 'a'), 'The Herald', [
      { slug: 'politics', name: 'Politics' },
    ]);
    expect(retitled.drawn).toBe(2);
  });
});

describe('cardSvg', () => {
  it('escapes the names it draws, so any name makes well-formed SVG', () => {
    const svg = cardSvg('A & B <Times>', '</text><script>x</script>');
    expect(svg).toContain('A &amp; B &lt;Times&gt;');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;x&lt;/script&gt;');
    expect(svg).not.toContain('<script');
  });

  it('cuts a name too long for the card with an ellipsis', () => {
    const svg = cardSvg('Broadsheet', 'word '.repeat(100).trim());
    const drawn = /font-family="sans-serif"[^>]*>([^<]*)<\/text>/.exec(svg)![1]!;
    expect(drawn.endsWith('…')).toBe(true);
    expect(drawn.length).toBeLessThan(100);
  });
});
