// What to call the corpus's one list order. Articles are listed newest first, but when no article
// has a date they are simply in the order of their files, and "newest first" would claim a
// recency the data does not have.
import type { Manifest } from '../../model/data';

/** The order as a sort option or a standalone label: "Newest first" or "File order". */
export function listOrderLabel(manifest: Pick<Manifest, 'dated'>): string {
  return manifest.dated ? 'Newest first' : 'File order';
}

/** The order inside a sentence: "120 articles, newest first" or "120 articles, in file order". */
export function listOrderPhrase(manifest: Pick<Manifest, 'dated'>): string {
  return manifest.dated ? 'newest first' : 'in file order';
}
