// Related articles and stories (enrich/related.ts, stories.ts, coverage.ts) on small texts written here.
import { describe, expect, it } from 'vitest';
import type { Entities, Section } from '../../src/model/article';
import { findCoverage, type CoverageArticle } from '../../src/pipeline/enrich/coverage';
import { findNeighbours } from '../../src/pipeline/enrich/related';
import { buildTermMatrix } from '../../src/pipeline/enrich/termMatrix';

interface Draft {
  id: string;
  title: string;
  text: string;
  date?: string;
  people?: string[];
  places?: string[];
  section: string;
}

const entities = (d: Draft): Entities => ({
  people: (d.people ?? []).map((name) => ({ name, slug: name.toLowerCase().replace(/ /g, '-'), count: 1 })),
  places: (d.places ?? []).map((name) => ({ name, slug: name.toLowerCase().replace(/ /g, '-'), count: 1 })),
  organisations: [],
});

const section = (slug: string): Section[] => [{ slug, name: slug, confidence: 1 }];

function coverage(drafts: Draft[]) {
  const articles: CoverageArticle[] = drafts.map((d) => ({
    id: d.id,
    title: d.title,
    date: d.date ?? null,
    entities: entities(d),
    sections: section(d.section),
  }));
  const matrix = buildTermMatrix(drafts.map((d) => ({ title: d.title, dek: null, paragraphs: [d.text] })));
  return { articles, matrix, result: findCoverage(articles, matrix) };
}

// Two events told three ways each, two lone articles on the same desks, and one article that is
// a word-for-word copy of another.
const bridge = {
  people: ['Marta Kolvenik'],
  places: ['Ostravel'],
  section: 'disasters',
};
const strike = {
  people: ['Joran Pellisk'],
  places: ['Tarnhaven'],
  section: 'business',
};
const corpus: Draft[] = [
  {
    id: 'b1',
    title: 'Bridge collapses over the Ostravel river',
    text: 'The old suspension bridge over the Ostravel river collapsed at dawn. Engineer Marta Kolvenik said cables had corroded for years. Divers searched the river for trapped cars.',
    date: '2024-03-04',
    ...bridge,
  },
  {
    id: 'b2',
    title: 'Divers search river after Ostravel bridge falls',
    text: 'Rescue divers worked through the night in the river below the fallen suspension bridge. Kolvenik, the engineer who inspected the cables, called for an inquiry into corroded steel.',
    date: '2024-03-05',
    ...bridge,
  },
  {
    id: 'b3',
    title: 'Inquiry ordered into corroded cables of Ostravel bridge',
    text: 'Divers ended their search of the Ostravel river as engineers examined the corroded cables of the fallen suspension bridge. Engineer Marta Kolvenik said the bridge collapsed after years of warnings.',
    date: '2024-03-08',
    ...bridge,
  },
  {
    id: 'b3-copy',
    title: 'Inquiry ordered into corroded cables of Ostravel bridge',
    text: 'Divers ended their search of the Ostravel river as engineers examined the corroded cables of the fallen suspension bridge. Engineer Marta Kolvenik said the bridge collapsed after years of warnings.',
    date: '2024-03-08',
    ...bridge,
  },
  {
    id: 's1',
    title: 'Dockers strike at Tarnhaven port over wages',
    text: 'Dockers walked out at Tarnhaven port demanding higher wages. Union leader Joran Pellisk said cranes would stay idle until the shipping firms raised pay.',
    date: '2024-03-05',
    ...strike,
  },
  {
    id: 's2',
    title: 'Ships queue as Tarnhaven dock strike enters third day',
    text: 'Container ships queued offshore as the dockers strike shut the cranes at Tarnhaven. Pellisk said the union would not back down on wages.',
    date: '2024-03-07',
    ...strike,
  },
  {
    id: 's3',
    title: 'Shipping firms offer pay rise to end Tarnhaven strike',
    text: 'Shipping firms offered dockers a pay rise after a week of idle cranes at Tarnhaven port. Joran Pellisk put the wages offer to a union vote.',
    date: '2024-03-10',
    ...strike,
  },
  {
    id: 'lone-1',
    title: 'Bakery chain opens twenty new shops',
    text: 'A bakery chain opened twenty new shops this spring, selling bread and pastries to commuters.',
    date: '2024-03-06',
    section: 'business',
  },
  {
    id: 'lone-2',
    title: 'Orchestra plays a new symphony',
    text: 'The city orchestra played a new symphony to a full hall, with violins and a choir.',
    date: '2024-03-06',
    section: 'arts',
  },
];

const ordinal = (id: string) => corpus.findIndex((d) => d.id === id);
const ids = (ordinals: number[]) => ordinals.map((o) => corpus[o]!.id).sort();

describe('related articles', () => {
  const { result, articles, matrix } = coverage(corpus);

  it('never list the article itself, nor a copy of it', () => {
    result.related.forEach((related, d) => {
      expect(related).not.toContain(d);
      expect(related.length).toBeLessThanOrEqual(6);
    });
    expect(result.related[ordinal('b3')]).not.toContain(ordinal('b3-copy'));
    expect(result.related[ordinal('b3-copy')]).not.toContain(ordinal('b3'));
  });

  it('put the same event first, best first by score', () => {
    expect(ids(result.related[ordinal('b1')]!.slice(0, 2))).toEqual(['b2', 'b3']);
    expect(ids(result.related[ordinal('s2')]!.slice(0, 2))).toEqual(['s1', 's3']);
    const neighbours = findNeighbours({
      matrix,
      entities: articles.map((a) => a.entities),
      sections: articles.map((a) => a.sections),
    });
    for (let d = 0; d < corpus.length; d++) {
      const scores = [...neighbours.score.slice(d * neighbours.k, (d + 1) * neighbours.k)];
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect([...neighbours.index.slice(d * neighbours.k, (d + 1) * neighbours.k)]).not.toContain(d);
    }
  });
});

describe('stories', () => {
  it('group each event and leave lone articles out', () => {
    const originals = corpus.filter((d) => d.id !== 'b3-copy');
    const { result } = coverage(originals);
    const groups = result.stories.map((s) => s.members.map((m) => originals[m]!.id).sort());
    expect(groups.sort()).toEqual([
      ['b1', 'b2', 'b3'],
      ['s1', 's2', 's3'],
    ]);
    for (const story of result.stories) expect(story.members).toContain(story.headline);
  });

  it('put a copy in the story of the article it copies', () => {
    const { result } = coverage(corpus);
    const story = result.stories.find((s) => s.members.includes(ordinal('b3')));
    expect(story?.members).toContain(ordinal('b3-copy'));
  });

  it('do not join articles months apart, however alike', () => {
    const later = corpus.map((d) => (d.id === 's3' ? { ...d, date: '2024-09-10' } : d));
    const groups = coverage(later).result.stories.map((s) => ids(s.members.map((m) => m)));
    expect(groups).toContainEqual(['s1', 's2']);
    expect(groups.flat()).not.toContain('s3');
  });

  it('are the same for the same input, and keep their slug when a later article joins', () => {
    const first = coverage(corpus).result;
    expect(coverage(corpus).result).toEqual(first);
    const grown = coverage([
      ...corpus,
      {
        id: 's4',
        title: 'Tarnhaven dockers vote to accept pay rise and end strike',
        text: 'Dockers at Tarnhaven port voted to accept the shipping firms pay rise, and Joran Pellisk said cranes would move again.',
        date: '2024-03-12',
        ...strike,
      },
    ]).result;
    const slugOf = (r: typeof first, id: string) => r.stories.find((s) => s.members.includes(ordinal(id)))!.slug;
    expect(slugOf(grown, 's1')).toBe(slugOf(first, 's1'));
    expect(grown.stories.find((s) => s.members.includes(ordinal('s1')))!.members).toHaveLength(4);
    expect(slugOf(first, 's1')).toMatch(/^dockers-strike-at-tarnhaven-port-over-wages-[0-9a-z]+$/);
  });
});
