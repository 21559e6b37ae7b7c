import type { FacetKind } from '../../model/data';

export const facetLabels: Record<FacetKind, string> = {
  sections: 'Sections',
  people: 'People',
  places: 'Places',
  organisations: 'Organisations',
};

/** Singular, for a kicker above an entity or topic page heading. */
export const facetKickers: Record<FacetKind, string> = {
  sections: 'Section',
  people: 'Person',
  places: 'Place',
  organisations: 'Organisation',
};
