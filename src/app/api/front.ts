import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataPaths, type FrontPage } from '../../model/data';
import { readData } from '../lib/fetchData';

export function fetchFront(): Promise<FrontPage> {
  return readData<FrontPage>(dataPaths.front());
}

export function frontQueryOptions() {
  return queryOptions({ queryKey: ['front'], queryFn: fetchFront });
}

export function useFront() {
  return useQuery(frontQueryOptions());
}
