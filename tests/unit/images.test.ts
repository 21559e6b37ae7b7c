import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, type ArticleDraft } from '../../src/model/article';
import { placeImages } from '../../src/pipeline/emit/images/placeImages';
import { installImages } from '../../src/pipeline/emit/images/installImages';
import { imageKey, resizeImage, variantWidths } from '../../src/pipeline/emit/images/resize';
import { thumbnailOf } from '../../src/pipeline/emit/images/thumbnail';
import { parseMarkdown } from '../../src/pipeline/parse/markdown';

const dirs: string[] = [];
function tmpDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'i14-images-unit-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function png(width: number, height: number, red = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: red, g: 80, b: 40 } } })
    .png()
    .toBuffer();
}

function draftOf(file: string, text: string): ArticleDraft {
  const { draft, problems } = parseMarkdown(file, text);
  expect(problems).toEqual([]);
  return draft!;
}

describe('variantWidths', () => {
  it('makes each standard width below the original, then the original capped at the widest, never upscaling', () => {
    expect(variantWidths(1800)).toEqual([480, 960, 1440]);
    expect(variantWidths(1440)).toEqual([480, 960, 1440]);
    expect(variantWidths(1000)).toEqual([480, 960, 1000]);
    expect(variantWidths(960)).toEqual([480, 960]);
    expect(variantWidths(320)).toEqual([320]);
  });
});

describe('resizeImage', () => {
  it('names copies by the bytes and width, with sizes kept in proportion, the same bytes every time', async () => {
    const bytes = await png(1000, 750);
    const key = imageKey(bytes);
    expect(key).toMatch(/^[0-9a-f]{20}$/);
    expect(imageKey(await png(1000, 750, 201))).not.toBe(key);
    const image = await resizeImage(bytes, key);
    expect([image.width, image.height]).toEqual([1000, 750]);
    expect(image.variants).toEqual(
      [480, 960, 1000].map((w) => ({ width: w, webp: `images/${key}-${w}.webp`, avif: `images/${key}-${w}.avif` })),
    );
    const small = await sharp(image.files.get(`images/${key}-480.webp`)).metadata();
    expect([small.format, small.width, small.height]).toEqual(['webp', 480, 360]);
    const avif = await sharp(image.files.get(`images/${key}-960.avif`)).metadata();
    expect([avif.format, avif.width, avif.height]).toEqual(['heif', 960, 720]);
    const again = await resizeImage(bytes, key);
    expect([...again.files.keys()]).toEqual([...image.files.keys()]);
    for (const [name, data] of image.files) expect(again.files.get(name)!.equals(data), name).toBe(true);
  });

  it('throws on bytes that are not an image', async () => {
    await expect(resizeImage(Buffer.from('not a picture'), 'k')).rejects.toThrow();
  });
});

describe('placeImages', () => {
  const seed = [
    '---',
    'title: Harbour',
    'image: photos/lead.png',
    'caption: The quay / Staff',
    '---',
    '',
    'Text.',
    '',
    '![A map](photos/map.png)',
    '',
    '![Gone](photos/missing.png)',
    '',
    '![Broken](photos/broken.png)',
  ].join('\n');

  async function seedsWithImages(): Promise<string> {
    const seeds = tmpDir();
    mkdirSync(path.join(seeds, 'news', 'photos'), { recursive: true });
    writeFileSync(path.join(seeds, 'news', 'a.md'), seed);
    writeFileSync(path.join(seeds, 'news', 'photos', 'lead.png'), await png(1600, 900));
    writeFileSync(path.join(seeds, 'news', 'photos', 'map.png'), await png(300, 200, 10));
    writeFileSync(path.join(seeds, 'news', 'photos', 'broken.png'), 'this is text, not a PNG');
    return seeds;
  }

  it('sizes found images, warns at the line of a missing or unreadable one and keeps its alt text', async () => {
    const seeds = await seedsWithImages();
    const draft = draftOf('news/a.md', seed);
    const placed = await placeImages([draft], seeds, tmpDir());
    expect(placed.problems.map((p) => [formatProblem(p), p.severity])).toEqual([
      ['seeds/news/a.md:11: image not found: news/photos/missing.png', 'warning'],
      [
        expect.stringMatching(/^seeds\/news\/a\.md:13: image could not be read \(.+\): news\/photos\/broken\.png$/),
        'warning',
      ],
    ]);
    expect(placed.resized).toBe(2);
    const lead = draft.caption!.image!;
    expect(lead).toMatchObject({ alt: 'The quay', width: 1440, height: 810 });
    expect(lead.src).toBe(lead.variants.at(-1)!.webp);
    expect(lead.variants.map((v) => v.width)).toEqual([480, 960, 1440]);
    expect(draft.body.map((b) => b.type)).toEqual(['p', 'img', 'p', 'p']);
    expect(draft.body[1]).toMatchObject({ type: 'img', alt: 'A map', width: 300, height: 200 });
    expect(draft.body.slice(2)).toEqual([
      { type: 'p', children: ['Gone'] },
      { type: 'p', children: ['Broken'] },
    ]);
    expect(placed.files).toHaveLength(8);
    expect(placed.files).toEqual([...placed.files].sort());
    expect(thumbnailOf(draft)).toEqual({ thumbnail: lead.variants[0]!.webp });
  });

  it('leaves the caption text when its image is missing, and drops a caption that was only the image', async () => {
    const seeds = tmpDir();
    const withText = draftOf('a.md', '---\ntitle: T\nimage: x.png\ncaption: Words\n---\nBody.');
    const bare = draftOf('b.md', '---\ntitle: T\nimage: x.png\n---\nBody.');
    const placed = await placeImages([withText, bare], seeds, tmpDir());
    expect(placed.problems.map((p) => formatProblem(p))).toEqual([
      'seeds/a.md:3: image not found: x.png',
      'seeds/b.md:3: image not found: x.png',
    ]);
    expect(withText.caption).toEqual({ text: 'Words', credit: null, image: null });
    expect(bare.caption).toBeNull();
    expect(thumbnailOf(bare)).toEqual({});
  });

  it('resizes nothing on a second build of the same files, and only the changed file after an edit', async () => {
    const seeds = await seedsWithImages();
    const project = tmpDir();
    const first = await placeImages([draftOf('news/a.md', seed)], seeds, project);
    const again = draftOf('news/a.md', seed);
    const second = await placeImages([again], seeds, project);
    expect(second.resized).toBe(0);
    expect(second.files).toEqual(first.files);
    expect(second.problems).toEqual(first.problems);
    writeFileSync(path.join(seeds, 'news', 'photos', 'map.png'), await png(300, 200, 99));
    const third = await placeImages([draftOf('news/a.md', seed)], seeds, project);
    expect(third.resized).toBe(1);

    // The build copies exactly the files the pages name from the cache into the site.
    const out = tmpDir();
    await installImages(project, out, third.files);
    for (const file of third.files) expect(readFileSync(path.join(out, file)).length).toBeGreaterThan(0);
  });

  it('makes a copy again when the cache lost it', async () => {
    const seeds = await seedsWithImages();
    const project = tmpDir();
    const first = await placeImages([draftOf('news/a.md', seed)], seeds, project);
    rmSync(path.join(project, '.cache', 'images', path.basename(first.files[0]!)));
    const second = await placeImages([draftOf('news/a.md', seed)], seeds, project);
    expect(second.resized).toBe(1);
  });
});

describe('thumbnailOf', () => {
  it("takes a remote lead image's URL, else the body's first image", () => {
    const remote = draftOf('a.md', '---\ntitle: T\nimage: https://x.example/a.jpg\n---\nBody.');
    expect(thumbnailOf(remote)).toEqual({ thumbnail: 'https://x.example/a.jpg' });
    const inBody = draftOf('b.md', '# T\n\n> ![q](https://x.example/q.jpg)');
    expect(thumbnailOf(inBody)).toEqual({ thumbnail: 'https://x.example/q.jpg' });
    expect(thumbnailOf(draftOf('c.md', '# T\n\nNo pictures.'))).toEqual({});
  });
});
