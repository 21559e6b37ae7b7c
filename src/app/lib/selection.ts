// The facet filter lives in the URL query: `?sections=a,b&people=x&places=y&organisations=z`.
import { FACET_KINDS, type PanelKind } from '../../model/data';

export type Selection = Record<PanelKind, string[]>;

const SLUG = /^[a-z0-9-]+$/;

export function emptySelection(): Selection {
  return { sections: [], people: [], places: [], organisations: [] };
}

export function parseSelection(search: string): Selection {
  const params = new URLSearchParams(search);
  const selection = emptySelection();
  for (const kind of FACET_KINDS) {
    const values = params.getAll(kind).flatMap((value) => value.split(','));
    // Only slug-shaped values: they become file paths when postings are fetched.
    selection[kind] = [...new Set(values.map((v) => v.trim()).filter((v) => SLUG.test(v)))];
  }
  return selection;
}

/** The query string for a selection, keeping any unrelated parameters; commas stay readable. */
export function selectionSearch(currentSearch: string, selection: Selection): string {
  const params = new URLSearchParams(currentSearch);
  for (const kind of FACET_KINDS) params.delete(kind);
  const parts = FACET_KINDS.filter((kind) => selection[kind].length > 0).map(
    (kind) => `${kind}=${selection[kind].join(',')}`,
  );
  const rest = params.toString();
  if (rest) parts.push(rest);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function toggleValue(selection: Selection, kind: PanelKind, slug: string): Selection {
  const values = selection[kind];
  const next = values.includes(slug) ? values.filter((v) => v !== slug) : [...values, slug];
  return { ...selection, [kind]: next };
}

export function selectionSize(selection: Selection): number {
  return FACET_KINDS.reduce((sum, kind) => sum + selection[kind].length, 0);
}
