import type { RelatedLink } from '../../../../model/article';
import { ArticleDate } from '../../../components/ArticleDate';
import { ArticleLink } from '../../../components/ArticleLink';
import { DottedParts } from '../../../components/DottedParts';

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
            {(r.date || r.source) && (
              <p className="mt-1 flex flex-wrap gap-x-2 text-sm text-neutral-600 dark:text-neutral-400">
                <DottedParts
                  parts={[
                    r.date && <ArticleDate key="date" date={r.date} />,
                    r.source && <span key="source">{r.source}</span>,
                  ]}
                />
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
