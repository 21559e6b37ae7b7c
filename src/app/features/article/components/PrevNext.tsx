import type { ArticleSummary } from '../../../../model/article';
import { ArticleLink } from '../../../components/ArticleLink';

interface Props {
  prev: ArticleSummary | null;
  next: ArticleSummary | null;
}

function Neighbour({ article, label, align }: { article: ArticleSummary; label: string; align: 'left' | 'right' }) {
  return (
    <ArticleLink
      slug={article.slug}
      rel={label === 'Previous article' ? 'prev' : 'next'}
      className={`group block rounded-md border border-neutral-200 p-4 hover:border-neutral-900 dark:border-neutral-800 dark:hover:border-neutral-100 ${align === 'right' ? 'sm:text-right' : ''}`}
    >
      <span className="block text-xs font-semibold tracking-widest text-neutral-600 uppercase dark:text-neutral-400">
        {label}
      </span>
      <span className="mt-1 block font-serif text-lg leading-snug font-semibold group-hover:underline">
        {article.title}
      </span>
    </ArticleLink>
  );
}

export function PrevNext({ prev, next }: Props) {
  if (!prev && !next) return null;
  return (
    <nav aria-label="More articles" className="mt-12 grid gap-4 sm:grid-cols-2">
      <div>{prev && <Neighbour article={prev} label="Previous article" align="left" />}</div>
      <div>{next && <Neighbour article={next} label="Next article" align="right" />}</div>
    </nav>
  );
}
