import { ENTITY_KINDS } from '../../../../model/article';
import type { Story } from '../../../../model/data';
import { routePaths } from '../../../../model/routes';
import { ArticleLink } from '../../../components/ArticleLink';
import { DateAndSource } from '../../../components/DateAndSource';
import { PlainLink } from '../../../components/PlainLink';
import { facetLabels } from '../../../lib/facetLabels';

interface Props {
  story: Story;
}

const headingClass = 'mb-3 text-xs font-semibold tracking-widest uppercase';

/** One event's coverage: its headline, every article newest first, who reported it and who is in it. */
export function StoryView({ story }: Props) {
  const sources = story.sources.length;
  const entityGroups = ENTITY_KINDS.filter((kind) => story.entities[kind].length > 0);
  return (
    <div className="reader-column">
      <header className="mb-8 border-b border-neutral-200 pb-6 dark:border-neutral-800">
        <p className="text-sm font-semibold tracking-widest text-red-700 uppercase dark:text-red-400">Story</p>
        <h1 className="mt-1 font-serif text-3xl font-bold sm:text-4xl">{story.title}</h1>
        <p className="mt-2 text-neutral-600 dark:text-neutral-400">
          {story.count} articles{sources > 0 && ` from ${sources} ${sources === 1 ? 'source' : 'sources'}`}
        </p>
      </header>
      <section aria-labelledby="story-timeline">
        <h2 id="story-timeline" className={headingClass}>
          Timeline, newest first
        </h2>
        <ol className="space-y-5 border-l-2 border-neutral-200 pl-5 dark:border-neutral-800">
          {story.articles.map((a) => (
            <li key={a.id}>
              <DateAndSource date={a.date} source={a.source} />
              <h3 className="mt-1 font-serif text-xl leading-snug font-bold">
                <ArticleLink slug={a.slug} className="hover:underline">
                  {a.title}
                </ArticleLink>
              </h3>
              {a.dek && <p className="mt-1 text-neutral-700 dark:text-neutral-300">{a.dek}</p>}
            </li>
          ))}
        </ol>
      </section>
      {sources > 0 && (
        <section aria-labelledby="story-sources" className="mt-10">
          <h2 id="story-sources" className={headingClass}>
            Sources
          </h2>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {story.sources.map((s) => (
              <li key={s.name}>
                {s.name} <span className="text-neutral-600 dark:text-neutral-400">({s.count})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {entityGroups.map((kind) => (
        <section key={kind} aria-labelledby={`story-${kind}`} className="mt-8">
          <h2 id={`story-${kind}`} className={headingClass}>
            {facetLabels[kind]}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {story.entities[kind].map((e) => (
              <li key={e.slug}>
                <PlainLink
                  to={routePaths.entity(kind, e.slug)}
                  className="inline-block rounded-full border border-neutral-300 px-3 py-1 text-sm hover:border-neutral-900 dark:border-neutral-700 dark:hover:border-neutral-100"
                >
                  {e.name}
                </PlainLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
