// A local image → responsive copies: each standard width the original reaches, in AVIF and WebP,
// named by the original's bytes so the same file always gives the same names (and a changed file
// new ones, which no browser cache confuses with the old).
import { createHash } from 'node:crypto';
import type { ImageVariant } from '../../../model/article';

/** Widths a browser picks from by `sizes`: a phone, a reading column, a wide or dense screen. */
export const IMAGE_WIDTHS: readonly number[] = [480, 960, 1440];

/** Bump when the encoding below changes, so cached copies are made again. */
const FORMAT_VERSION = 1;

/** Where the copies go, relative to the site root. */
export const IMAGES_DIR = 'images';

/** The source file's key: its bytes, the widths and the format version. */
export function imageKey(bytes: Uint8Array): string {
  return createHash('sha256')
    .update(`${FORMAT_VERSION}\u0000${IMAGE_WIDTHS.join(',')}\u0000`)
    .update(bytes)
    .digest('hex')
    .slice(0, 20);
}

/** Each standard width narrower than the original, then the original's own width up to the widest: never upscaled. */
export function variantWidths(width: number): number[] {
  const widest = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!;
  const below = IMAGE_WIDTHS.filter((w) => w < Math.min(width, widest));
  return [...below, Math.min(width, widest)];
}

export interface ResizedImage {
  /** The widest copy's size: what width and height on the page say. */
  width: number;
  height: number;
  variants: ImageVariant[];
  /** Each copy's bytes, by its path relative to the site root. */
  files: Map<string, Buffer>;
}

/** Throws sharp's error when the bytes are not an image it can read. */
export async function resizeImage(bytes: Uint8Array, key: string): Promise<ResizedImage> {
  // Imported when an image needs resizing, not at the top: `npm run dev` bundles this module into
  // its config and would load sharp's native library on every start, most of which resize nothing.
  const { default: sharp } = await import('sharp');
  const meta = await sharp(bytes).metadata();
  // A photo turned by its EXIF orientation is shown turned, so its width is the turned one.
  const { width } = meta.autoOrient;
  const files = new Map<string, Buffer>();
  const variants: ImageVariant[] = [];
  let height = 0;
  for (const w of variantWidths(width)) {
    const resized = sharp(bytes).autoOrient().resize({ width: w });
    const [webp, avif] = await Promise.all([
      resized.clone().webp({ quality: 78 }).toBuffer({ resolveWithObject: true }),
      resized.clone().avif({ quality: 55, effort: 4 }).toBuffer(),
    ]);
    const variant = { width: w, webp: `${IMAGES_DIR}/${key}-${w}.webp`, avif: `${IMAGES_DIR}/${key}-${w}.avif` };
    files.set(variant.webp, webp.data);
    files.set(variant.avif, avif);
    variants.push(variant);
    height = webp.info.height;
  }
  return { width: variants[variants.length - 1]!.width, height, variants, files };
}
