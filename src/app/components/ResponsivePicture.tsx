import type { Picture } from '../../model/article';
import { imageUrl } from '../lib/imageUrl';

interface Props {
  picture: Picture;
  /** The article's first image, on screen at once: fetched eagerly and early, not lazily. */
  lead: boolean;
}

/** The reading column is at most about 45rem wide; below that the image spans the screen. */
const SIZES = '(min-width: 48rem) 45rem, 100vw';

/**
 * A local image as AVIF with WebP for browsers without it, each in every width the build made;
 * width and height let the browser reserve the box before a byte arrives, so nothing shifts.
 */
export function ResponsivePicture({ picture, lead }: Props) {
  const loading = lead ? 'eager' : 'lazy';
  const fetchPriority = lead ? 'high' : undefined;
  const srcSet = (format: 'avif' | 'webp') =>
    picture.variants.map((v) => `${imageUrl(v[format])} ${v.width}w`).join(', ');
  if (picture.variants.length === 0) {
    // A remote image's size is unknown: a 3:2 box is reserved and the image fitted inside it.
    const sized = picture.width !== null && picture.height !== null;
    return (
      <img
        src={imageUrl(picture.src)}
        alt={picture.alt}
        width={picture.width ?? undefined}
        height={picture.height ?? undefined}
        loading={loading}
        fetchPriority={fetchPriority}
        decoding="async"
        className={`w-full rounded-sm bg-neutral-100 dark:bg-neutral-900 ${sized ? 'h-auto' : 'aspect-[3/2] object-contain'}`}
      />
    );
  }
  return (
    <picture>
      <source type="image/avif" srcSet={srcSet('avif')} sizes={SIZES} />
      <img
        src={imageUrl(picture.src)}
        srcSet={srcSet('webp')}
        sizes={SIZES}
        alt={picture.alt}
        width={picture.width ?? undefined}
        height={picture.height ?? undefined}
        loading={loading}
        fetchPriority={fetchPriority}
        decoding="async"
        className="h-auto w-full rounded-sm bg-neutral-100 dark:bg-neutral-900"
      />
    </picture>
  );
}
