import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataPaths, type Story } from '../../model/data';
import { missingIsStale, readDataOrNull } from '../lib/fetchData';

/** Resolves to null when no story has this slug (or its file did not arrive). */
export async function fetchStory(slug: string): Promise<Story | null> {
  return readDataOrNull<Story>(dataPaths.story(slug));
}

export function storyQueryOptions(slug: string) {
  return queryOptions({ queryKey: ['story', slug], queryFn: () => fetchStory(slug), staleTime: missingIsStale });
}

export function useStory(slug: string) {
  return useQuery(storyQueryOptions(slug));
}
