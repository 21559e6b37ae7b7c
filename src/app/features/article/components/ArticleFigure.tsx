import type { Caption } from '../../../../model/article';
import { ResponsivePicture } from '../../../components/ResponsivePicture';

interface Props {
  caption: Caption;
}

function Credit({ credit }: { credit: string | null }) {
  if (!credit) return null;
  return (
    <>
      {' '}
      <span className="text-xs tracking-wide uppercase">Photo: {credit}</span>
    </>
  );
}

/**
 * The front matter's image, the article's lead: shown first, so never lazy. A caption whose
 * picture the seed did not carry is labelled "Picture" in a plain panel with a picture icon, so it
 * reads as the caption of a photo, not as a quotation set off from the text.
 */
export function ArticleFigure({ caption }: Props) {
  if (caption.text === '' && !caption.image) return null;
  if (!caption.image) {
    return (
      <figure className="my-8 flex items-start gap-3 rounded-md bg-neutral-100 px-4 py-3 dark:bg-neutral-900">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="mt-0.5 size-5 shrink-0 fill-none stroke-current stroke-2"
        >
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <circle cx="9" cy="10" r="1.5" />
          <path d="M21 16l-5-5-8 8" />
        </svg>
        <figcaption className="text-sm text-neutral-700 dark:text-neutral-300">
          <span className="mr-2 text-xs font-semibold tracking-widest uppercase">Picture</span>
          {caption.text}
          <Credit credit={caption.credit} />
        </figcaption>
      </figure>
    );
  }
  return (
    <figure className="my-8">
      <ResponsivePicture picture={caption.image} lead />
      {caption.text !== '' && (
        <figcaption className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
          {caption.text}
          <Credit credit={caption.credit} />
        </figcaption>
      )}
    </figure>
  );
}
