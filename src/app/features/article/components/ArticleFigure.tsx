import type { Caption } from '../../../../model/article';
import { ResponsivePicture } from '../../../components/ResponsivePicture';

interface Props {
  caption: Caption;
}

/** The front matter's image, the article's lead: shown first, so never lazy. */
export function ArticleFigure({ caption }: Props) {
  return (
    <figure className="my-8">
      {caption.image && <ResponsivePicture picture={caption.image} lead />}
      {caption.text !== '' && (
        <figcaption className="mt-2 border-l-2 border-neutral-300 pl-3 text-sm text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">
          {caption.text}
          {caption.credit && (
            <>
              {' '}
              <span className="text-xs tracking-wide uppercase">Photo: {caption.credit}</span>
            </>
          )}
        </figcaption>
      )}
    </figure>
  );
}
