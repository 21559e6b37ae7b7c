import { queryOptions, useQueries } from '@tanstack/react-query';
import { dataPaths, type SummaryChunk } from '../../model/data';
import { readData } from '../lib/fetchData';

export function fetchChunk(index: number): Promise<SummaryChunk> {
  return readData<SummaryChunk>(dataPaths.chunk(index));
}

export function chunkQueryOptions(index: number) {
  return queryOptions({ queryKey: ['chunk', index], queryFn: () => fetchChunk(index) });
}

/** Several list chunks at once, in the order given. */
export function useChunks(indexes: readonly number[]) {
  return useQueries({ queries: indexes.map((index) => chunkQueryOptions(index)) });
}
