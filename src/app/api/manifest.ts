import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataPaths, type Manifest } from '../../model/data';
import { readData } from '../lib/fetchData';

export function fetchManifest(): Promise<Manifest> {
  return readData<Manifest>(dataPaths.manifest());
}

export function manifestQueryOptions() {
  return queryOptions({ queryKey: ['manifest'], queryFn: fetchManifest });
}

export function useManifest() {
  return useQuery(manifestQueryOptions());
}
