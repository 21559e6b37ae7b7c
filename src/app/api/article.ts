import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataPaths, type Article } from '../../model/data';
import { isNotFound, readData } from '../lib/fetchData';

/** Resolves to null when no article has this slug, so "not found" is cached like any answer. */
export async function fetchArticle(slug: string): Promise<Article | null> {
  try {
    return await readData<Article>(dataPaths.article(slug));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export function articleQueryOptions(slug: string) {
  return queryOptions({ queryKey: ['article', slug], queryFn: () => fetchArticle(slug) });
}

export function useArticle(slug: string) {
  return useQuery(articleQueryOptions(slug));
}
