import { routePaths } from '../../../../model/routes';
import { useFront } from '../../../api/front';
import { useManifest } from '../../../api/manifest';
import { ErrorState } from '../../../components/ErrorState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { PlainLink } from '../../../components/PlainLink';
import { formatArticles } from '../../../lib/formatDate';
import { listOrderPhrase } from '../../../lib/listOrder';
import { homeMeta } from '../../../lib/meta';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { FrontStory } from './FrontStory';
import { InTheNewsBlock } from './InTheNewsBlock';
import { SectionBlock } from './SectionBlock';

const BESIDE_LEAD = 2;
const rule = 'border-t-2 border-neutral-900 pt-3 dark:border-neutral-100';

/** The front page: the lead story, top stories, developing stories, a block per section, the entities in the news. */
export function FrontPage() {
  const manifest = useManifest();
  const front = useFront();
  useDocumentTitle(manifest.data && homeMeta(manifest.data.siteTitle).title);
  if (manifest.isPending || front.isPending) return <PageSkeleton />;
  if (manifest.isError || front.isError) {
    const failed = manifest.isError ? manifest : front;
    return <ErrorState headingLevel={1} error={failed.error} onRetry={() => void failed.refetch()} />;
  }
  const { lead, top, developing, sections, inTheNews } = front.data;
  const { articleCount } = manifest.data;
  // The two next-highest stories sit under the lead, with their deks; the rest list beside it.
  const beside = top.slice(0, BESIDE_LEAD);
  const more = top.slice(BESIDE_LEAD);
  return (
    <div className="space-y-10">
      <h1 className="sr-only">{manifest.data.siteTitle}: top stories</h1>
      {lead === null ? (
        <p className="py-12 text-center text-lg text-neutral-600 dark:text-neutral-400">No articles yet.</p>
      ) : (
        <div className={`grid gap-8 ${more.length > 0 ? 'lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]' : 'max-w-3xl'}`}>
          <section aria-label="Lead story">
            <FrontStory item={lead} look="lead" headingLevel={2} />
            {beside.length > 0 && (
              <ol className="mt-6 grid gap-6 border-t border-neutral-200 pt-4 sm:grid-cols-2 dark:border-neutral-800">
                {beside.map((item) => (
                  <li key={item.article.id}>
                    <FrontStory item={item} look="top" headingLevel={3} />
                  </li>
                ))}
              </ol>
            )}
          </section>
          {more.length > 0 && (
            <section
              aria-labelledby="front-top"
              className="lg:border-l lg:border-neutral-200 lg:pl-8 dark:lg:border-neutral-800"
            >
              <h2
                id="front-top"
                className="text-xs font-semibold tracking-widest text-neutral-600 uppercase dark:text-neutral-400"
              >
                Top stories
              </h2>
              <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
                {more.map((item) => (
                  <li key={item.article.id} className="py-3">
                    <FrontStory item={item} look="brief" headingLevel={3} />
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
      )}
      {developing.length > 0 && (
        <section aria-labelledby="front-developing" className={rule}>
          <h2 id="front-developing" className="font-serif text-xl font-bold">
            Developing stories
          </h2>
          <ol className="mt-2 grid gap-x-8 sm:grid-cols-2 lg:grid-cols-3">
            {developing.map((item) => (
              <li key={item.article.id} className="py-3">
                <FrontStory item={item} look="block" headingLevel={3} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {sections.length > 0 && (
        <div className="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {sections.map((block) => (
            <SectionBlock key={block.section.slug} block={block} />
          ))}
        </div>
      )}
      <InTheNewsBlock entities={inTheNews} />
      {articleCount > 0 && (
        <p className="border-t border-neutral-200 pt-6 text-center dark:border-neutral-800">
          <PlainLink
            to={routePaths.latest()}
            className="font-medium text-red-700 underline-offset-4 hover:underline dark:text-red-400"
          >
            All {formatArticles(articleCount)}, {listOrderPhrase(manifest.data)} <span aria-hidden="true">→</span>
          </PlainLink>
        </p>
      )}
    </div>
  );
}
