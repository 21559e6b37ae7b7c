import type { FacetRef } from '../../../../model/data';
import { facetRoute, listPageCount, routePaths } from '../../../../model/routes';

/** The path of a list's first page: the latest list, or a topic or entity page. */
export function listBase(fixed: FacetRef | null): string {
  return fixed ? facetRoute(fixed.kind, fixed.slug) : routePaths.latest();
}

/** App paths of the numbered pages before and after pages `first`–`last` of a list at `base`. */
export function pageLinks(base: string, count: number, first: number, last = first): { prev?: string; next?: string } {
  return {
    ...(first > 1 && { prev: routePaths.listPage(base, first - 1) }),
    ...(last < listPageCount(count) && { next: routePaths.listPage(base, last + 1) }),
  };
}
