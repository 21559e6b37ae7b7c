import type { EntityKind } from '../../model/article';
import { FACET_KINDS } from '../../model/data';

// Derived here rather than imported from model/article, whose zod schema would otherwise
// ride along into the browser bundle (~40 kB gzip) for one constant.
export const ENTITY_KINDS: readonly EntityKind[] = FACET_KINDS.filter(
  (kind): kind is EntityKind => kind !== 'sections',
);
