import type { CopyRef } from '../../model/article';
import { ArticleLink } from './ArticleLink';

interface Props {
  copies: readonly CopyRef[] | undefined;
  /** "Also as" under a list row; "Also published as" on an article page. */
  label: string;
  className?: string;
}

/** Links to the other copies of a story, each under its own headline and, when known, its source. */
export function AlsoAs({ copies, label, className = '' }: Props) {
  if (!copies || copies.length === 0) return null;
  return (
    <p data-also-as className={`text-sm text-neutral-600 dark:text-neutral-400 ${className}`}>
      {label}{' '}
      {copies.map((copy, i) => (
        <span key={copy.slug}>
          {i > 0 && ', '}
          <ArticleLink
            slug={copy.slug}
            className="underline underline-offset-2 hover:text-neutral-900 dark:hover:text-white"
          >
            {copy.title}
          </ArticleLink>
          {copy.source && ` (${copy.source})`}
        </span>
      ))}
    </p>
  );
}
