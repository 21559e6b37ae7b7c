import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entities } from '../../src/model/article';
import { slugify } from '../../src/model/routes';
import { installedEntityExtractor, type EntityInput } from '../../src/pipeline/enrich/entities';
import { canonicalOrganisation, mergeEntityNames } from '../../src/pipeline/enrich/entityNames';
import { seedsDir } from '../harness/paths';

const extractEntities = await installedEntityExtractor();

function seedLines(): string[] {
  return fs
    .readFileSync(path.join(seedsDir, '000_b8ec4b7f77a3a021.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Headline on line 1, then paragraphs, without the "By" and "FILE:" lines. */
function seedArticle(): EntityInput {
  const lines = seedLines().filter((l) => l !== 'By' && !l.startsWith('FILE:'));
  return { title: lines[0]!, dek: null, paragraphs: lines.slice(1) };
}

const names = (e: Entities, kind: keyof Entities): string[] => e[kind].map((r) => r.name);

describe('extractEntities on the seed', () => {
  const e = extractEntities(seedArticle());

  it('finds the people, with surnames folded into full names', () => {
    expect(names(e, 'people')).toEqual(expect.arrayContaining(['Claudia Sheinbaum', 'Donald Trump', 'Pam Bondi']));
    expect(names(e, 'people')).not.toContain('Sheinbaum');
    expect(names(e, 'people')).not.toContain('Trump');
    // Sheinbaum is named in full twice and by surname four times more.
    expect(e.people[0]).toEqual({ name: 'Claudia Sheinbaum', slug: 'claudia-sheinbaum', count: 6 });
  });

  it('finds the places, with every spelling of the US as one', () => {
    expect(names(e, 'places')).toEqual(expect.arrayContaining(['Mexico', 'United States']));
    expect(names(e, 'places')).not.toContain('US');
    const us = e.places.find((p) => p.name === 'United States')!;
    expect(us.slug).toBe('united-states');
    expect(us.count).toBeGreaterThanOrEqual(8);
  });

  it('finds the organisations, the Justice Department once', () => {
    const orgs = names(e, 'organisations');
    expect(orgs).toContain('National Security Council');
    const justice = orgs.filter((o) => /justice/i.test(o));
    expect(justice).toHaveLength(1);
    expect(['US Justice Department', 'US Department of Justice']).toContain(justice[0]);
    expect(e.organisations.find((o) => o.name === justice[0])!.count).toBe(2);
  });

  it('keeps junk out, even with the photo credit line left in', () => {
    const withCaption = seedLines();
    const all = extractEntities({ title: withCaption[0]!, dek: null, paragraphs: withCaption.slice(1) });
    for (const list of [e, all]) {
      const peopleAndPlaces = [...names(list, 'people'), ...names(list, 'places')];
      for (const junk of [
        'FILE',
        'Wednesday',
        'Despite',
        'Reuters',
        'By',
        'While',
        'Although',
        'Following',
        'American',
        'Mexican',
      ]) {
        expect(peopleAndPlaces).not.toContain(junk);
      }
    }
  });

  it('lists each kind most mentioned first, with slugs', () => {
    for (const kind of ['people', 'places', 'organisations'] as const) {
      const counts = e[kind].map((r) => r.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      for (const r of e[kind]) expect(r.slug).toBe(slugify(r.name));
    }
  });
});

describe('entity names', () => {
  it('merges US, U.S., USA, United States and America into one place', () => {
    const e = extractEntities({
      title: 'Trade talks stall',
      dek: null,
      paragraphs: [
        'Officials in the US said talks would resume.',
        'The U.S. trade envoy flew home on Tuesday.',
        'Exports to the USA fell, while the United States blamed tariffs.',
        'Farmers across America are worried, and Latin America watches closely.',
      ],
    });
    expect(e.places.filter((p) => p.name === 'United States')).toEqual([
      { name: 'United States', slug: 'united-states', count: 5 },
    ]);
    expect(names(e, 'places')).toContain('Latin America');
    expect(names(e, 'places')).not.toContain('US');
  });

  it('treats the two ways of writing a government department as one', () => {
    expect(canonicalOrganisation(['US', 'Department', 'of', 'Justice'])).toBe('US Justice Department');
    expect(canonicalOrganisation(['U.S.', 'Justice', 'Department'])).toBe('US Justice Department');
    expect(canonicalOrganisation(['Ministry', 'of', 'Defence'])).toBe('Defence Ministry');
    expect(canonicalOrganisation(['Bank', 'of', 'England'])).toBe('Bank of England');
    const e = extractEntities({
      title: 'Inquiry widens',
      dek: null,
      paragraphs: [
        'The U.S. Department of Justice opened a case.',
        'A US Justice Department lawyer said the Justice Department would appeal.',
      ],
    });
    expect(e.organisations).toEqual([{ name: 'US Justice Department', slug: 'us-justice-department', count: 3 }]);
  });

  it('folds a bare surname, a titled surname and an acronym into the names the article spells out', () => {
    const e = extractEntities({
      title: 'Council backs Okonkwo plan',
      dek: null,
      paragraphs: [
        'Chief executive Adaeze Okonkwo told the Regional Transport Authority (RTA) that fares would fall.',
        'Ms Okonkwo said the RTA would publish figures. Okonkwo added that buses come first.',
      ],
    });
    expect(e.people).toEqual([{ name: 'Adaeze Okonkwo', slug: 'adaeze-okonkwo', count: 4 }]);
    expect(e.organisations).toEqual([
      { name: 'Regional Transport Authority', slug: 'regional-transport-authority', count: 3 },
    ]);
  });

  it('merges a surname into the full name the corpus uses for it', () => {
    const a = extractEntities({
      title: 'Budget day',
      dek: null,
      paragraphs: ['Prime Minister Tony Blair spoke. Mr Blair said more.'],
    });
    const b = extractEntities({ title: 'Reply', dek: null, paragraphs: ['Critics said Mr Blair was wrong.'] });
    expect(names(b, 'people')).toEqual(['Blair']);
    const [ma, mb] = mergeEntityNames([a, b]);
    expect(ma!.people).toEqual([{ name: 'Tony Blair', slug: 'tony-blair', count: 2 }]);
    expect(mb!.people).toEqual([{ name: 'Tony Blair', slug: 'tony-blair', count: 1 }]);
  });

  it('spells out an acronym the corpus spells out elsewhere', () => {
    const a = extractEntities({
      title: 'Summit',
      dek: null,
      paragraphs: ['The European Union (EU) met. EU leaders agreed.'],
    });
    const b = extractEntities({ title: 'Talks', dek: null, paragraphs: ['The European Union met again.'] });
    const c = extractEntities({
      title: 'Trade',
      dek: null,
      paragraphs: ['Ministers said the EU would act. The EU budget grew.'],
    });
    expect(names(a, 'organisations')).toEqual(['European Union']);
    expect(names(c, 'organisations')).toEqual(['EU']);
    const [, , mc] = mergeEntityNames([a, b, c]);
    expect(mc!.organisations).toEqual([{ name: 'European Union', slug: 'european-union', count: 2 }]);
    // Seen in one article only, a spelled-out name is not enough to rename an acronym everywhere.
    expect(mergeEntityNames([a, c])[1]!.organisations).toEqual([{ name: 'EU', slug: 'eu', count: 2 }]);
  });

  it('reads names that share a word with a place, a title or a description', () => {
    const e = extractEntities({
      title: 'Grand prix',
      dek: null,
      paragraphs: [
        'Lewis Hamilton won in Monaco. Hamilton said the car was perfect.',
        'The Glasgow-based Office of the Scottish Charity Regulator disagreed.',
        'Trouble-hit Rover was sold.',
      ],
    });
    expect(e.people).toEqual([{ name: 'Lewis Hamilton', slug: 'lewis-hamilton', count: 2 }]);
    expect(names(e, 'places')).toEqual(expect.arrayContaining(['Monaco', 'Glasgow']));
    expect(names(e, 'places')).not.toContain('Hamilton');
    expect(names(e, 'organisations')).toEqual(['Office of the Scottish Charity Regulator']);
  });

  it('does not take sentence-initial words or days for names, and a demonym names its country', () => {
    const e = extractEntities({
      title: 'Markets rally',
      dek: null,
      paragraphs: [
        'Despite the gloom, shares rose on Monday. Following the news, British investors cheered. Shares in Acme rose.',
      ],
    });
    expect(e).toEqual({
      people: [],
      places: [{ name: 'United Kingdom', slug: 'united-kingdom', count: 1 }],
      organisations: [],
      acronyms: [],
      spelledOut: [],
      works: [],
      clubs: [],
      placeForms: [['United Kingdom', null, 1]],
      sport: false,
    });
  });
});
