// A prerendered topic page carries its value's postings cut to the first page (firstPageOnly):
// enough for that page and its count, never taken for the whole list when filters combine.
import { describe, expect, it } from 'vitest';
import { encodeAscending } from '../../src/model/compactInts';
import type { FacetPostings } from '../../src/model/data';
import {
  windowOrdinals,
  firstPageOnly,
  isOnePageOnly,
  matchCount,
  matchGroups,
  type FilterGroup,
} from '../../src/app/lib/filter';

function postings(slug: string, ordinals: number[]): FacetPostings {
  return {
    kind: 'sections',
    slug,
    name: slug,
    count: ordinals.length,
    ids: encodeAscending(ordinals),
    first: [],
    listedCounts: {},
  };
}

const evens = Array.from({ length: 50 }, (_, i) => i * 2);
const world = postings('world', evens);
const sport = postings('sport', [0, 4, 70, 98]);
const lone: FilterGroup[] = [{ kind: null, refs: [{ kind: 'sections', slug: 'world' }] }];
const both: FilterGroup[] = [...lone, { kind: 'sections', refs: [{ kind: 'sections', slug: 'sport' }] }];

describe('postings cut to the first page', () => {
  it('keep the first 30 ordinals and the whole count, and say so', () => {
    const cut = firstPageOnly(world);
    expect(cut.count).toBe(50);
    expect(isOnePageOnly(cut)).toBe(true);
    expect(isOnePageOnly(world)).toBe(false);
    // A value with one page or less is whole already.
    expect(firstPageOnly(sport)).toBe(sport);
  });

  it('answer a page of their own value: its first page, and the whole count', () => {
    const matches = matchGroups(lone, new Map([['sections/world', firstPageOnly(world)]]), 1000);
    expect(matches?.kind).toBe('page');
    expect(matchCount(matches!)).toBe(50);
    expect(windowOrdinals(matches!, 0, 60)).toEqual(evens.slice(0, 30));
  });

  it('count as not loaded when combined with another value, and the whole postings answer', () => {
    expect(
      matchGroups(
        both,
        new Map([
          ['sections/world', firstPageOnly(world)],
          ['sections/sport', sport],
        ]),
        1000,
      ),
    ).toBeNull();
    const matches = matchGroups(
      both,
      new Map([
        ['sections/world', world],
        ['sections/sport', sport],
      ]),
      1000,
    );
    expect(matches).toEqual({ kind: 'some', ordinals: [0, 4, 70, 98] });
  });
});
