import type { FacetKind, PanelKind } from '../../model/data';

export const facetLabels: Record<PanelKind, string> = {
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
  authors: 'Author',
  sources: 'Source',
  archive: 'Archive',
};
