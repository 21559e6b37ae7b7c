// Entity precision and one name per thing, on short texts written for these cases.
import { describe, expect, it } from 'vitest';
import type { Entities } from '../../src/model/article';
import { installedEntityExtractor } from '../../src/pipeline/enrich/entities';
import { mergeEntityNames, type Merge } from '../../src/pipeline/enrich/entityNames';

const extractEntities = await installedEntityExtractor();
const tag = (...paragraphs: string[]) => extractEntities({ title: 'Story', dek: null, paragraphs });
const names = (e: Entities, kind: keyof Entities): string[] => e[kind].map((r) => r.name);

describe('entity precision in one article', () => {
  it('keeps short acronyms that are not spelled out off the organisations', () => {
    const e = tag(
      'GDP rose by 2% in the quarter to March, figures released at 0900 GMT showed.',
      'Ministers want every adult to carry ID cards, and GDP growth to pay for them.',
      'The card will cost more than a PC. ID checks start next year at 0900 GMT.',
    );
    expect(e.organisations).toEqual([]);
    expect(e.acronyms.map((a) => a.name)).toEqual(['GDP', 'GMT', 'ID']);
    expect(e.spelledOut).toEqual([]);
  });

  it('splits two names joined by "and" but keeps a body named with "and"', () => {
    const e = tag(
      'Arsenal and Manchester United both lost on Saturday.',
      'Arsenal had led at half time. Harriet Osei and Manchester United fans sang.',
      'The Securities and Exchange Commission opened an inquiry.',
    );
    // "Arsenal" alone is also an English word, so only the club with a name's shape is listed.
    expect(names(e, 'organisations')).toEqual(['Manchester United', 'Securities and Exchange Commission']);
    expect(names(e, 'people')).toEqual(['Harriet Osei']);
  });

  it("keeps a peer's title with the name and folds the bare surname into it", () => {
    const e = tag('Lord Pembury defended the bill. Pembury said the Lords would pass it.');
    expect(e.people).toEqual([{ name: 'Lord Pembury', slug: 'lord-pembury', count: 2 }]);
  });

  it('leaves role words out of names and reads streets as places', () => {
    const e = tag(
      'Goalscorer Toure was booked late on. Chancellor Gordon Brown watched from the stand.',
      'Officials at Downing Street said the match would go ahead.',
    );
    expect(names(e, 'people')).toEqual(['Gordon Brown', 'Toure']);
    expect(names(e, 'places')).toEqual(['Downing Street']);
  });

  it('reads an actor after his title as a person, even with an organisation word in his name', () => {
    const e = tag('The award went to actor Thomas Hayden Church for the role.');
    expect(e.people).toEqual([{ name: 'Thomas Hayden Church', slug: 'thomas-hayden-church', count: 1 }]);
    expect(e.organisations).toEqual([]);
  });

  it('notes a person-shaped title of a film and a company named after its founder', () => {
    const e = tag(
      'The film Vera Drake won the top prize, and Vera Drake director Mike Leigh thanked the cast.',
      "George Wimpey's profits rose by 10%, while George Wimpey said house prices were steady.",
    );
    expect(names(e, 'people')).toEqual(['Mike Leigh']);
    expect(e.works).toEqual(['Vera Drake']);
    expect(names(e, 'organisations')).toEqual(['George Wimpey']);
  });

  it('reads a town named the way a football club is as the club', () => {
    const e = tag('Everton manager David Moyes was pleased. Tottenham beat Everton 2-1 in Everton.');
    expect(names(e, 'organisations')).toEqual(['Everton', 'Tottenham']);
    expect(e.clubs).toEqual(['Everton', 'Tottenham']);
    expect(e.places).toEqual([]);
  });

  it('reads "Korea" alone as the Korea the text points to, and leaves it when the text names both', () => {
    const one = tag('North Korea raised its voice. Exports from Korea fell.');
    expect(one.places).toEqual([{ name: 'North Korea', slug: 'north-korea', count: 2 }]);
    const both = tag('South Korea and North Korea met. Korea may yet be one.');
    expect(names(both, 'places')).toEqual(['South Korea', 'North Korea', 'Korea']);
    // Pyongyang is North Korea's capital: the place the article is in says which Korea.
    const capital = tag('Talks in Pyongyang ended early. Korea said it would not return.');
    expect(names(capital, 'places').sort()).toEqual(['North Korea', 'Pyongyang']);
    // Nothing in the text says which: the more populous, as with any name two places share.
    expect(names(tag("Korea's carmakers sold more abroad."), 'places')).toEqual(['South Korea']);
  });
});

describe('one name per thing across a corpus', () => {
  const merged = (...docs: string[][]): { out: Entities[]; merges: Merge[] } => {
    const merges: Merge[] = [];
    const out = mergeEntityNames(
      docs.map((d) => tag(...d)),
      (m) => merges.push(m),
    );
    return { out, merges };
  };

  it('names a place as the corpus writes it, and its cities follow', () => {
    const { out, merges } = merged(
      ['Turkey raised interest rates again.'],
      ['Exports from Turkey grew. Istanbul traders were pleased.'],
      ['The US and Turkey signed a deal in Washington.'],
      ['Judges in The Hague ruled.'],
    );
    expect(out.map((e) => names(e, 'places'))).toEqual([
      ['Turkey'],
      ['Turkey', 'Istanbul'],
      ['United States', 'Turkey', 'Washington'],
      ['The Hague'],
    ]);
    expect(out[1]!.places[1]!.within).toEqual(['Turkey']);
    // Only Türkiye is renamed: "the US" and "The Hague" are the names as written.
    expect(merges.filter((m) => m.kind === 'places')).toEqual([
      { kind: 'places', from: 'Türkiye', to: 'Turkey', why: 'written "Turkey" 3 times, "Türkiye" 0' },
    ]);
    expect(names(tag('The Republic of Ireland and the Isle of Man agreed.'), 'places')).toEqual([
      'Republic of Ireland',
      'Isle of Man',
    ]);
  });

  it('never names a frequent body after one odd longer mention', () => {
    const { out } = merged(
      ['The European Commission Code of Practice was published.'],
      ['The European Commission fined the firm.'],
      ['The European Commission said it would appeal.'],
    );
    expect(out.map((e) => names(e, 'organisations'))).toEqual([
      ['European Commission Code'],
      ['European Commission'],
      ['European Commission'],
    ]);
  });

  it('merges an acronym with its expansion and keeps one spelled out elsewhere, dropping the rest', () => {
    const { out, merges } = merged(
      ['The Rail Users Association (RUA) met. The RUA wants cheaper fares.'],
      ['The Rail Users Association said fares were too high.'],
      ['The RUA complained again. Its report put the cost of a PC at 40% of GDP.', 'GDP figures were late.'],
    );
    expect(out[2]!.organisations).toEqual([
      { name: 'Rail Users Association', slug: 'rail-users-association', count: 1 },
    ]);
    expect(merges).toEqual(
      expect.arrayContaining([
        { kind: 'organisations', from: 'GDP', to: null, why: 'an acronym no article spells out' },
        {
          kind: 'organisations',
          from: 'RUA',
          to: 'Rail Users Association',
          why: 'acronym of the usual spelled-out name',
        },
      ]),
    );
  });

  it('reads UKIP as the initials of UK Independence Party', () => {
    const { out } = merged(
      ['The UK Independence Party (UKIP) gained seats.'],
      ['The UK Independence Party chose a leader.'],
      ['Critics said UKIP had peaked. UKIP disagreed.'],
    );
    expect(out[2]!.organisations).toEqual([{ name: 'UK Independence Party', slug: 'uk-independence-party', count: 2 }]);
  });

  it('joins a bare surname to the titled name the corpus uses', () => {
    const { out, merges } = merged(
      ['Lord Pembury spoke.'],
      ['Lord Pembury replied.'],
      ['Mr Blake said Minister Pembury was wrong.'],
    );
    expect(names(out[2]!, 'people')).toEqual(['Blake', 'Lord Pembury']);
    expect(merges).toContainEqual({
      kind: 'people',
      from: 'Pembury',
      to: 'Lord Pembury',
      why: 'surname or initials of the usual full name',
    });
  });

  it('drops a name the corpus mostly uses as a work and moves a town used mostly as a club', () => {
    const { out } = merged(
      ['The film Vera Drake opened.'],
      ['Critics loved Vera Drake, said Ann Lowe.'],
      ['Everton manager David Moyes smiled.'],
      ['Fans beat the traffic to see Tottenham beat Everton.'],
      ['Police in Everton closed a road.'],
    );
    expect(out.map((e) => names(e, 'people'))).toEqual([[], ['Ann Lowe'], ['David Moyes'], [], []]);
    expect(out.map((e) => names(e, 'places'))).toEqual([[], [], [], [], []]);
    expect(names(out[4]!, 'organisations')).toEqual(['Everton']);
  });
});
