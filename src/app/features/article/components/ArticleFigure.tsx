import type { Caption } from '../../../../model/article';
import { webHref } from '../../../../model/safeHref';

interface Props {
  caption: Caption;
}

export function ArticleFigure({ caption }: Props) {
  const image = caption.image ? webHref(caption.image) : null;
  return (
    <figure className="my-8">
      {image && (
        <img
          src={image}
          alt={caption.text}
          loading="lazy"
          decoding="async"
          className="w-full rounded-sm bg-neutral-100 dark:bg-neutral-900"
        />
      )}
      <figcaption className="mt-2 border-l-2 border-neutral-300 pl-3 text-sm text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">
        {caption.text}
        {caption.credit && (
          <>
            {' '}
            <span className="text-xs tracking-wide uppercase">Photo: {caption.credit}</span>
          </>
        )}
      </figcaption>
    </figure>
  );
}
