import type { ReactNode } from 'react';
import type { Article } from '../../../../model/article';
import { routePaths } from '../../../../model/routes';
import { PlainLink } from '../../../components/PlainLink';

const linkClass = 'underline-offset-2 hover:underline';

/** "By Jane Doe, Political correspondent" as the seed gave it, each named person linked to their author page. */
export function Byline({ byline, authors = [] }: Pick<Article, 'byline' | 'authors'>) {
  if (!byline) return null;
  const parts: ReactNode[] = [];
  let rest = byline;
  for (const author of authors) {
    const at = rest.indexOf(author.name);
    if (at === -1) continue;
    parts.push(
      rest.slice(0, at),
      <PlainLink key={author.slug} to={routePaths.author(author.slug)} className={linkClass}>
        {author.name}
      </PlainLink>,
    );
    rest = rest.slice(at + author.name.length);
  }
  parts.push(rest);
  return <span className="font-semibold text-neutral-900 dark:text-neutral-100">By {parts}</span>;
}
