// Finds the local images the drafts name, resizes each once (kept in .cache/images/ across
// builds, keyed by the file's bytes) and puts their sizes and copies into the drafts. A missing or
// unreadable file is a located warning and the image is left out (its alt text kept as text): the
// build goes on and the page never shows a broken image.
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleDraft, Block, ImageVariant, Picture, Problem } from '../../../model/article';
import { imageCacheDir } from '../../incremental/cacheLayout';
import { IMAGES_DIR, imageKey, resizeImage } from './resize';

/** What the cache keeps beside a source file's copies. */
interface Placed {
  width: number;
  height: number;
  variants: ImageVariant[];
}

type Lookup = { ok: true; placed: Placed } | { ok: false; message: string };

export interface PlacedImages {
  problems: Problem[];
  /** Every copy the drafts now use, relative to the site root, sorted. */
  files: string[];
  /** How many source files were resized; the rest came from the cache. */
  resized: number;
}

export async function placeImages(
  drafts: ArticleDraft[],
  seedsDir: string,
  projectRoot: string,
): Promise<PlacedImages> {
  const cacheDir = imageCacheDir(projectRoot);
  const lookups = new Map<string, Promise<Lookup>>();
  let resized = 0;
  const lookup = (file: string): Promise<Lookup> => {
    let found = lookups.get(file);
    if (!found) {
      found = find(path.join(seedsDir, ...file.split('/')), file, cacheDir, () => resized++);
      lookups.set(file, found);
    }
    return found;
  };
  // One file at a time: sharp already uses every core for one image.
  const problems: Problem[] = [];
  const files = new Set<string>();
  for (const draft of drafts) {
    const placed = new Map<string, Placed | null>();
    for (const ref of draft.images) {
      const found = await lookup(ref.path);
      placed.set(ref.path, found.ok ? found.placed : null);
      if (found.ok) for (const v of found.placed.variants) files.add(v.webp).add(v.avif);
      else problems.push({ file: draft.file, line: ref.line, message: found.message, severity: 'warning' });
    }
    if (placed.size === 0) continue;
    draft.body = placeBlocks(draft.body, placed);
    const image = draft.caption?.image;
    if (draft.caption && image && placed.has(image.src)) {
      const picture = withPlaced(image, placed.get(image.src) ?? null);
      draft.caption = picture || draft.caption.text !== '' ? { ...draft.caption, image: picture } : null;
    }
  }
  return { problems, files: [...files].sort(), resized };
}

function withPlaced(picture: Picture, placed: Placed | null): Picture | null {
  if (!placed) return null;
  const widest = placed.variants[placed.variants.length - 1]!;
  return { src: widest.webp, alt: picture.alt, width: placed.width, height: placed.height, variants: placed.variants };
}

function placeBlocks(blocks: Block[], placed: Map<string, Placed | null>): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.type === 'quote') return [{ ...block, children: placeBlocks(block.children, placed) }];
    if (block.type !== 'img' || !placed.has(block.src)) return [block];
    const picture = withPlaced(block, placed.get(block.src) ?? null);
    if (picture) return [{ type: 'img', ...picture }];
    return block.alt === '' ? [] : [{ type: 'p', children: [block.alt] }];
  });
}

/** `file` is the path relative to the seeds folder, for messages. */
async function find(source: string, file: string, cacheDir: string, onResize: () => void): Promise<Lookup> {
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch {
    return { ok: false, message: `image not found: ${file}` };
  }
  const key = imageKey(bytes);
  const cached = await readCached(cacheDir, key);
  if (cached) return { ok: true, placed: cached };
  try {
    const image = await resizeImage(bytes, key);
    await mkdir(cacheDir, { recursive: true });
    for (const [name, data] of image.files) await writeFile(cachedCopy(cacheDir, name), data);
    const placed: Placed = { width: image.width, height: image.height, variants: image.variants };
    // Written last, so a build stopped midway leaves no entry pointing at missing copies.
    await writeFile(path.join(cacheDir, `${key}.json`), JSON.stringify(placed));
    onResize();
    return { ok: true, placed };
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `image could not be read (${why}): ${file}` };
  }
}

/** A copy's file in the cache: the same name as in the site, without the images/ folder. */
export function cachedCopy(cacheDir: string, sitePath: string): string {
  return path.join(cacheDir, path.posix.relative(IMAGES_DIR, sitePath));
}

async function readCached(cacheDir: string, key: string): Promise<Placed | null> {
  try {
    const placed = JSON.parse(await readFile(path.join(cacheDir, `${key}.json`), 'utf8')) as Placed;
    // A copy removed by hand is made again rather than missed when the site is written.
    const copies = placed.variants.flatMap((v) => [v.webp, v.avif]).map((name) => cachedCopy(cacheDir, name));
    await Promise.all(copies.map((copy) => access(copy)));
    return placed.variants.length > 0 ? placed : null;
  } catch {
    return null;
  }
}
