// Which image files a saved article keeps for offline reading, and the cache that holds them:
// shared by the page that saves (stores/offlineCopies.ts) and the service worker that answers
// image requests from it (sw.ts).
import type { Article, Block, Picture } from '../../model/article';
import { imageUrl } from './imageUrl';

export const SAVED_IMAGES_CACHE = `broadsheet-saved-images:${import.meta.env.BASE_URL}`;

function pictures(blocks: readonly Block[]): Picture[] {
  return blocks.flatMap((block) => {
    if (block.type === 'img') return [block];
    if (block.type === 'quote') return pictures(block.children);
    return [];
  });
}

/**
 * One file for each local image of the article: its narrowest WebP. The size a browser would pick
 * is not known where an article is saved (a list row shows no image, and the reader may come back
 * on another screen), and every width in both formats would cost several times the bytes; so the
 * service worker answers a request for any copy of a kept image with this one, which the page's
 * <img> box (it has the image's width and height) scales to fit. WebP rather than AVIF: every
 * current browser decodes it. Remote images are left out: keeping one means fetching it, which the
 * CSP's `connect-src 'self'` forbids, and that policy is not loosened for a cache.
 */
export function savedImageUrls(article: Pick<Article, 'caption' | 'body'>): string[] {
  const all = [...(article.caption?.image ? [article.caption.image] : []), ...pictures(article.body)];
  const urls = all.flatMap((picture) => (picture.variants[0] ? [imageUrl(picture.variants[0].webp)] : []));
  return [...new Set(urls)];
}

/** The image a file is one copy of: `…/images/ab12-480.webp` and `…/images/ab12-960.avif` are one image. */
export function imageOf(url: string): string {
  return url.replace(/-\d+\.(?:avif|webp)$/, '');
}
