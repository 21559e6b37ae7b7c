import { type Article, ENTITY_KINDS } from '../../../../model/article';
import { routePaths } from '../../../../model/routes';
import { PlainLink } from '../../../components/PlainLink';
import { facetLabels } from '../../../lib/facetLabels';

interface Props {
  article: Article;
}

const chipClass =
  'inline-block rounded-full border border-neutral-300 px-3 py-1 text-sm hover:border-neutral-900 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:border-neutral-100 dark:hover:bg-neutral-900';

/** Sections and the people, places and organisations an article mentions, each a link to its page. */
export function ArticleChips({ article }: Props) {
  const groups = [
    {
      label: 'Topics',
      links: article.sections.map((s) => ({ key: s.slug, to: routePaths.topic(s.slug), name: s.name })),
    },
    ...ENTITY_KINDS.map((kind) => ({
      label: facetLabels[kind],
      links: article.entities[kind].map((e) => ({ key: e.slug, to: routePaths.entity(kind, e.slug), name: e.name })),
    })),
  ].filter((group) => group.links.length > 0);
  if (groups.length === 0) return null;

  return (
    <div className="mt-10 space-y-5 border-t border-neutral-200 pt-6 print:hidden dark:border-neutral-800">
      {groups.map((group) => (
        <section key={group.label} aria-labelledby={`chips-${group.label}`}>
          <h2 id={`chips-${group.label}`} className="mb-2 text-xs font-semibold tracking-widest uppercase">
            {group.label}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {group.links.map((link) => (
              <li key={link.key}>
                <PlainLink to={link.to} className={chipClass}>
                  {link.name}
                </PlainLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
