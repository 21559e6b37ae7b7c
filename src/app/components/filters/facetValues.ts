import { type PanelKind, type FacetValue, type Manifest, type FacetRef } from '../../../model/data';
import { refKey, type PostingsByRef } from '../../lib/filter';

/**
 * The values a facet group offers: the manifest's list for the kind (all sections, the top
 * entities), without the page's own fixed value, plus any selected value the list lacks
 * (a shared link may name an entity outside the top list).
 */
export function facetValuesFor(
  kind: PanelKind,
  manifest: Manifest,
  fixed: FacetRef | null,
  selected: readonly string[],
  postings: PostingsByRef,
): FacetValue[] {
  const all = kind === 'sections' ? manifest.sections : manifest.topEntities[kind];
  const listed = all.filter((value) => !(fixed?.kind === kind && fixed.slug === value.slug));
  const extra = selected
    .filter((slug) => !listed.some((value) => value.slug === slug))
    .filter((slug) => !(fixed?.kind === kind && fixed.slug === slug))
    .map((slug) => {
      const p = postings.get(refKey({ kind, slug }));
      return { slug, name: p?.name ?? slug, count: p?.count ?? 0 };
    });
  return [...extra, ...listed];
}

/** A readable name for a selected value, from its postings or the manifest. */
export function facetName(kind: PanelKind, slug: string, manifest: Manifest, postings: PostingsByRef): string {
  const fromPostings = postings.get(refKey({ kind, slug }))?.name;
  if (fromPostings) return fromPostings;
  const all = kind === 'sections' ? manifest.sections : manifest.topEntities[kind];
  return all.find((value) => value.slug === slug)?.name ?? slug;
}
