import type { RelatedLink } from '../../../../model/article';
import { ArticleLink } from '../../../components/ArticleLink';
import { DateAndSource } from '../../../components/DateAndSource';

interface Props {
  related: RelatedLink[];
}

/** Other articles on the same subject, best first, as the build chose them (related.ts). */
export function RelatedCoverage({ related }: Props) {
  if (related.length === 0) return null;
  return (
    <section
      aria-labelledby="related-coverage"
      className="mt-12 border-t border-neutral-200 pt-6 dark:border-neutral-800"
    >
      <h2 id="related-coverage" className="mb-3 text-xs font-semibold tracking-widest uppercase">
        Related coverage
      </h2>
      <ul className="space-y-4">
        {related.map((r) => (
          <li key={r.id}>
            <ArticleLink slug={r.slug} className="font-serif text-lg leading-snug font-semibold hover:underline">
              {r.title}
            </ArticleLink>
            <DateAndSource date={r.date} source={r.source} className="mt-1" />
          </li>
        ))}
      </ul>
    </section>
  );
}
