// Author pages merge short forms of a name with the care people get (issue 14, item 7): "J. Smith"
// and "Smith" join the one full name the bylines hold, and never join two different people.
import { describe, expect, it } from 'vitest';
import { authorNames, authorsOf } from '../../src/pipeline/enrich/authors';
import { shortensPersonName } from '../../src/pipeline/enrich/entityNames';

/** Each byline's author pages, as [slug, name], under the names the whole list of bylines gives. */
function pages(bylines: (string | null)[]): [string, string][][] {
  const names = authorNames(bylines);
  return bylines.map((byline) => (authorsOf(byline, names).authors ?? []).map((a) => [a.slug, a.name]));
}

describe('shortensPersonName', () => {
  it.each([
    ['Okafor', 'Nneka Okafor', true],
    ['N. Okafor', 'Nneka Okafor', true],
    ['N Okafor', 'Nneka Okafor', true],
    ['N.A. Okafor', 'Nneka Adaeze Okafor', true],
    ['N. A. Okafor', 'Nneka Adaeze Okafor', true],
    ['N. Okafor', 'Nneka Adaeze Okafor', true],
    ['A. Okafor', 'Nneka Adaeze Okafor', false],
    ['N.A. Okafor', 'Nneka Okafor', false],
    ['T. Okafor', 'Nneka Okafor', false],
    ['Nneka Okafor', 'Nneka Adaeze Okafor', false],
    ['Okafor', 'N. Okafor', false],
    ['Okafor', 'Okafor', false],
    ['NNEKA Okafor', 'Nneka Okafor', false],
  ])('%j for %j: %j', (short, long, expected) => {
    expect(shortensPersonName(short, long)).toBe(expected);
  });
});

describe('authorNames', () => {
  it('joins initials and a surname, and a surname alone, to the one full name with them', () => {
    expect(
      pages([
        'By Tomasz Wierzba',
        'T. Wierzba in Gdansk',
        'By Wierzba',
        'By T Wierzba and Halla Brynjolfsdottir',
        'H. Brynjolfsdottir',
      ]),
    ).toEqual([
      [['tomasz-wierzba', 'Tomasz Wierzba']],
      [['tomasz-wierzba', 'Tomasz Wierzba']],
      [['tomasz-wierzba', 'Tomasz Wierzba']],
      [
        ['tomasz-wierzba', 'Tomasz Wierzba'],
        ['halla-brynjolfsdottir', 'Halla Brynjolfsdottir'],
      ],
      [['halla-brynjolfsdottir', 'Halla Brynjolfsdottir']],
    ]);
  });

  it('never joins two different people: a surname two full names share stays its own page', () => {
    expect(
      pages(['By Marta Kolvenik', 'By Mikkel Kolvenik', 'M. Kolvenik', 'Kolvenik', 'Marta Kolvenik, Science editor']),
    ).toEqual([
      [['marta-kolvenik', 'Marta Kolvenik']],
      [['mikkel-kolvenik', 'Mikkel Kolvenik']],
      [['m-kolvenik', 'M. Kolvenik']],
      [['kolvenik', 'Kolvenik']],
      [['marta-kolvenik', 'Marta Kolvenik']],
    ]);
  });

  it('joins an initial that only one of two full names starts with', () => {
    expect(pages(['By Marta Kolvenik', 'By Ivo Kolvenik', 'I. Kolvenik'])).toEqual([
      [['marta-kolvenik', 'Marta Kolvenik']],
      [['ivo-kolvenik', 'Ivo Kolvenik']],
      [['ivo-kolvenik', 'Ivo Kolvenik']],
    ]);
  });

  it('shows a name spelt two ways equally often as the first byline spells it', () => {
    expect(pages(['By Jane Doe', 'JANE DOE, Political correspondent'])).toEqual([
      [['jane-doe', 'Jane Doe']],
      [['jane-doe', 'Jane Doe']],
    ]);
  });

  it('keeps a short form apart when no byline gives the full name', () => {
    expect(pages(['R. Osei', 'Osei'])).toEqual([[['r-osei', 'R. Osei']], [['osei', 'Osei']]]);
  });

  it('shows a name as most bylines write it, and a byline naming one author twice gives one page', () => {
    expect(pages(['By ANA LIMA', 'By Ana Lima', 'Ana Lima and A. Lima', 'By Lima'])).toEqual([
      [['ana-lima', 'Ana Lima']],
      [['ana-lima', 'Ana Lima']],
      [['ana-lima', 'Ana Lima']],
      [['ana-lima', 'Ana Lima']],
    ]);
  });

  it('joins the same names whatever the order of the bylines', () => {
    const bylines = ['By Tomasz Wierzba', 'T. Wierzba', 'By Marta Kolvenik', 'By Mikkel Kolvenik', 'M. Kolvenik'];
    const forward = new Map(bylines.map((b, i) => [b, pages(bylines)[i]]));
    const reversed = [...bylines].reverse();
    const backward = new Map(reversed.map((b, i) => [b, pages(reversed)[i]]));
    expect(backward).toEqual(forward);
  });
});
