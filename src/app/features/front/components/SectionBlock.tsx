import type { FrontSection } from '../../../../model/data';
import { routePaths } from '../../../../model/routes';
import { PlainLink } from '../../../components/PlainLink';
import { FrontStory } from './FrontStory';

/** A section's few stories on the front page, and the way to the rest of them. */
export function SectionBlock({ block }: { block: FrontSection }) {
  const { section, items } = block;
  const headingId = `section-${section.slug}`;
  return (
    <section aria-labelledby={headingId} className="border-t-2 border-neutral-900 pt-3 dark:border-neutral-100">
      <h2 id={headingId} className="font-serif text-xl font-bold">
        <PlainLink to={routePaths.topic(section.slug)} className="hover:underline">
          {section.name}
        </PlainLink>
      </h2>
      <ol className="mt-2 divide-y divide-neutral-200 dark:divide-neutral-800">
        {items.map((item, i) => (
          <li key={item.article.id} className="py-3">
            <FrontStory item={item} look={i === 0 ? 'block' : 'brief'} headingLevel={3} kicker={false} />
          </li>
        ))}
      </ol>
      <p className="mt-1 text-sm font-medium">
        <PlainLink
          to={routePaths.topic(section.slug)}
          className="text-red-700 underline-offset-4 hover:underline dark:text-red-400"
        >
          More {section.name} <span aria-hidden="true">→</span>
        </PlainLink>
      </p>
    </section>
  );
}
