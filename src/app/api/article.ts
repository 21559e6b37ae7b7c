import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataPaths, type Article } from '../../model/data';
import { missingIsStale, readDataOrNull } from '../lib/fetchData';

/** Resolves to null when no article has this slug (or its file did not arrive). */
export async function fetchArticle(slug: string): Promise<Article | null> {
  return readDataOrNull<Article>(dataPaths.article(slug));
}

export function articleQueryOptions(slug: string) {
  return queryOptions({ queryKey: ['article', slug], queryFn: () => fetchArticle(slug), staleTime: missingIsStale });
}

export function useArticle(slug: string) {
  return useQuery(articleQueryOptions(slug));
}
