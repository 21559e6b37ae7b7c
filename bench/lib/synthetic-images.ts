// A few illustrated Markdown articles beside the generated corpus, with their images drawn here by
// sharp (gradients and bands, nothing copied), so builds and the bench cover image resizing. The
// same call always writes the same bytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** The folder they go in, beside the numbered folders of plain-text articles. */
export const ILLUSTRATED_DIR = 'illustrated';

interface Drawing {
  file: string;
  width: number;
  height: number;
  /** 0..255 for each channel at (x, y). */
  pixel: (x: number, y: number, w: number, h: number) => [number, number, number];
}

const DRAWINGS: Drawing[] = [
  // Wider than the widest copy, so it is scaled down to every width.
  { file: 'harbour.png', width: 1800, height: 1200, pixel: (x, y, w, h) => [(x * 255) / w, 90, (y * 255) / h] },
  {
    file: 'fields.png',
    width: 1000,
    height: 750,
    pixel: (x, y) => (Math.floor(y / 75) % 2 ? [40, 140, 60] : [200, 190, 80]),
  },
  // Narrower than the narrowest: kept at its own width.
  { file: 'portrait.png', width: 320, height: 400, pixel: (x, y, w, h) => [180, (x * 200) / w, (y * 160) / h] },
];

const ARTICLES: { file: string; text: string }[] = [
  {
    file: 'harbour-at-dawn.md',
    text: [
      '---',
      'title: The harbour at dawn',
      'date: 2025-06-02',
      'topics: Photography',
      'image: harbour.png',
      'caption: Boats leave the harbour before sunrise / Staff photographer',
      '---',
      '',
      'The first boats leave before the light, and the quay is quiet until the market opens.',
      '',
      '![Fields above the town in summer](fields.png)',
      '',
      'By mid-morning the nets are mended and the catch is sold.',
    ].join('\n'),
  },
  {
    file: 'a-painter-at-home.md',
    text: [
      '---',
      'title: A painter at home',
      'date: 2025-06-01',
      'topics: Photography',
      '---',
      '',
      'She paints in the mornings, in a room that looks over the fields.',
      '',
      '![The painter in her studio](portrait.png)',
      '',
      'Her new work shows the same view in every season.',
      '',
      '![The harbour seen from the hill](harbour.png)',
    ].join('\n'),
  },
];

/** Writes the images and the articles that show them into `outDir/illustrated/`. */
export async function generateIllustrated(outDir: string): Promise<{ articles: number; images: number }> {
  const dir = path.join(outDir, ILLUSTRATED_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const drawing of DRAWINGS) writeFileSync(path.join(dir, drawing.file), await draw(drawing));
  for (const article of ARTICLES) writeFileSync(path.join(dir, article.file), `${article.text}\n`);
  return { articles: ARTICLES.length, images: DRAWINGS.length };
}

async function draw({ width, height, pixel }: Drawing): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y, width, height);
      raw.set([Math.round(r), Math.round(g), Math.round(b)], (y * width + x) * 3);
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}
