// Share cards: one 1200×630 PNG per section and one for the site, for link previews of pages
// without an image of their own. Headline-free, so a card depends only on the site's title and
// the section's name: each is rendered once (SVG → PNG with sharp) and kept in .cache/, and a
// rebuild copies it from there.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { SHARE_CARD_SIZE, shareCardPath } from '../../model/shareCards';
import { shareCardFile } from '../incremental/cacheLayout';

/** Bump when the drawing below changes, so cached cards are drawn again. */
const TEMPLATE_VERSION = 1;

const { width: W, height: H } = SHARE_CARD_SIZE;
const MARGIN = 80;

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/**
 * The largest font size (up to max) at which text fits the card's width, by a generous average
 * glyph width; a name too long even at the smallest size is cut with an ellipsis.
 */
function fit(text: string, max: number, min: number): { text: string; size: number } {
  const room = W - 2 * MARGIN;
  const glyph = 0.62;
  const size = Math.max(min, Math.min(max, Math.floor(room / (glyph * Math.max(1, [...text].length)))));
  const fits = Math.floor(room / (glyph * size));
  const chars = [...text];
  return { text: chars.length > fits ? `${chars.slice(0, fits - 1).join('')}…` : text, size };
}

/** The card as SVG: the site's title, and the section's name below a rule when there is one. */
export function cardSvg(siteTitle: string, sectionName: string | null): string {
  const title = fit(siteTitle, sectionName === null ? 120 : 64, 28);
  const lines = [
    `<rect width="${W}" height="${H}" fill="#171717"/>`,
    `<rect x="${MARGIN}" y="${MARGIN}" width="120" height="10" fill="#b91c1c"/>`,
    `<text x="${MARGIN}" y="${sectionName === null ? 360 : 200}" font-family="serif" font-weight="700" font-size="${title.size}" fill="#fafafa">${escapeXml(title.text)}</text>`,
  ];
  if (sectionName !== null) {
    const section = fit(sectionName, 128, 32);
    lines.push(
      `<rect x="${MARGIN}" y="260" width="${W - 2 * MARGIN}" height="2" fill="#525252"/>`,
      `<text x="${MARGIN}" y="${300 + section.size}" font-family="sans-serif" font-weight="700" font-size="${section.size}" fill="#fafafa">${escapeXml(section.text)}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${lines.join('')}</svg>`;
}

function cardKey(siteTitle: string, sectionName: string | null): string {
  return createHash('sha256')
    .update(`${TEMPLATE_VERSION}\u0000${siteTitle}\u0000${sectionName ?? '\u0000site'}`)
    .digest('hex')
    .slice(0, 32);
}

async function readOrNull(file: string): Promise<Buffer | null> {
  return readFile(file).catch(() => null);
}

export interface ShareCardsResult {
  /** Every card written, relative to the out dir with forward slashes. */
  files: string[];
  /** How many were drawn; the rest came from the cache. */
  drawn: number;
}

/** Writes the site's card and one per section into outDir, drawing only those the cache lacks. */
export async function writeShareCards(
  projectRoot: string,
  outDir: string,
  siteTitle: string,
  sections: readonly { slug: string; name: string }[],
): Promise<ShareCardsResult> {
  const cards = [{ slug: null, name: null }, ...sections];
  let drawn = 0;
  const files: string[] = [];
  for (const { slug, name } of cards) {
    const cached = shareCardFile(projectRoot, cardKey(siteTitle, name));
    let png = await readOrNull(cached);
    if (!png) {
      png = await sharp(Buffer.from(cardSvg(siteTitle, name)))
        .png({ compressionLevel: 9 })
        .toBuffer();
      await mkdir(path.dirname(cached), { recursive: true });
      await writeFile(cached, png);
      drawn++;
    }
    const rel = shareCardPath(slug);
    const target = path.join(outDir, rel);
    // Left as it is when unchanged, like every other file a rebuild would write the same.
    const current = await readOrNull(target);
    if (!current?.equals(png)) {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, png);
    }
    files.push(rel);
  }
  return { files, drawn };
}
