import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { routePaths } from '../../model/routes';
import { articleQueryOptions } from '../api/article';
import { warmRoute } from '../lib/warmRoute';
import { PlainLink } from './PlainLink';

interface Props {
  slug: string;
  className?: string;
  rel?: string;
  children: ReactNode;
}

/** A link to an article that starts loading it, data and page code, as soon as the reader points at or tabs to it. */
export function ArticleLink({ slug, className, rel, children }: Props) {
  const queryClient = useQueryClient();
  const prefetch = () => {
    void queryClient.prefetchQuery(articleQueryOptions(slug));
    warmRoute(routePaths.article(slug));
  };
  return (
    <PlainLink
      to={routePaths.article(slug)}
      className={className}
      rel={rel}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
    >
      {children}
    </PlainLink>
  );
}
