import { imageUrl } from '../lib/imageUrl';

interface Props {
  /** ArticleSummary.thumbnail. */
  src: string;
  /** Where the row places it (a float, a grid cell). */
  className?: string;
}

/**
 * A list row's small picture. Its box is fixed by CSS, whatever the image's shape, so the row never
 * shifts; the headline beside it says what it shows, so it is decorative (empty alt).
 */
export function Thumbnail({ src, className = '' }: Props) {
  return (
    <img
      src={imageUrl(src)}
      alt=""
      width={96}
      height={64}
      loading="lazy"
      decoding="async"
      className={`h-16 w-24 shrink-0 rounded-sm bg-neutral-100 object-cover dark:bg-neutral-900 ${className}`}
    />
  );
}
