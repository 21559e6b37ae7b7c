import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft, Block } from '../../src/model/article';
import { identify } from '../../src/pipeline/build/identify';
import { plainParagraphs } from '../../src/model/plainText';

function draft(file: string, title: string, body: Block[] = [], dek: string | null = null): ArticleDraft {
  return {
    file,
    title,
    titleLine: 1,
    dek,
    byline: null,
    date: null,
    source: null,
    url: null,
    topics: [],
    caption: null,
    body,
    images: [],
  };
}

const sha12 = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);

describe('identify', () => {
  it('derives the id from the file path and the slug from the title', () => {
    const [item] = identify([draft('news/a.txt', 'Mexico’s president: “sovereign choice”')]);
    expect(item!.id).toBe(sha12('news/a.txt'));
    expect(item!.id).toMatch(/^[0-9a-f]{12}$/);
    expect(item!.slug).toBe('mexicos-president-sovereign-choice');
  });

  it('gives same-headline drafts distinct slugs: the first file keeps the plain one', () => {
    const drafts = [draft('c.txt', 'Same headline'), draft('a.txt', 'Same headline'), draft('b.md', 'Same Headline!')];
    const items = identify(drafts);
    const byFile = Object.fromEntries(items.map((i) => [i.draft.file, i.slug]));
    expect(byFile['a.txt']).toBe('same-headline');
    expect(byFile['b.md']).toBe(`same-headline-${sha12('b.md').slice(0, 6)}`);
    expect(byFile['c.txt']).toBe(`same-headline-${sha12('c.txt').slice(0, 6)}`);
    expect(new Set(items.map((i) => i.slug)).size).toBe(3);
    expect(items.map((i) => i.draft.file)).toEqual(['c.txt', 'a.txt', 'b.md']);
  });

  it('keeps slugs stable whatever order the drafts come in and whatever else is added', () => {
    const drafts = [draft('x.txt', 'Twin'), draft('y.txt', 'Twin'), draft('z.txt', 'Other')];
    const slugs = (list: ArticleDraft[]): Record<string, string> =>
      Object.fromEntries(identify(list).map((i) => [i.draft.file, i.slug]));
    const forward = slugs(drafts);
    expect(slugs([...drafts].reverse())).toEqual(forward);
    expect(slugs([...drafts, draft('w.txt', 'Unrelated')])).toMatchObject(forward);
  });

  it('never hands out a suffixed slug that is another article’s plain slug', () => {
    const twin = draft('b.txt', 'Twin');
    const suffixed = `twin-${sha12('b.txt').slice(0, 6)}`;
    const items = identify([draft('a.txt', 'Twin'), twin, draft('c.txt', suffixed)]);
    expect(new Set(items.map((i) => i.slug)).size).toBe(3);
    expect(items.find((i) => i.draft.file === 'c.txt')!.slug).toBe(suffixed);
  });

  it('counts words over dek and body and rounds reading time, at least one minute', () => {
    const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const body: Block[] = [
      { type: 'p', children: ['It’s a well-known U.S. fact: 42 ', { type: 'em', children: ['cats'] }, '.'] },
      { type: 'ul', items: [['one two'], [{ type: 'a', href: 'https://x.y', children: ['three'] }]] },
      { type: 'quote', children: [{ type: 'h', level: 2, children: ['four five'] }] },
    ];
    const [item] = identify([draft('a.txt', 'T', body, 'Dek here')]);
    expect(item!.wordCount).toBe(2 + 7 + 3 + 2);
    expect(item!.readingMinutes).toBe(1);
    const [long] = identify([draft('b.txt', 'T', [{ type: 'p', children: [words(1000)] }])]);
    expect(long!.wordCount).toBe(1000);
    expect(long!.readingMinutes).toBe(4);
  });
});

describe('plainParagraphs', () => {
  it('flattens blocks to text: one per paragraph or heading, one per list item, quotes recursed', () => {
    const blocks: Block[] = [
      { type: 'h', level: 2, children: ['Heading'] },
      {
        type: 'p',
        children: ['A ', { type: 'strong', children: ['bold ', { type: 'em', children: ['move'] }] }, ' here.'],
      },
      { type: 'ol', items: [['first'], ['second ', { type: 'code', children: ['x()'] }]] },
      {
        type: 'quote',
        children: [
          { type: 'p', children: ['Quoted.'] },
          { type: 'quote', children: [{ type: 'p', children: ['Deeper.'] }] },
        ],
      },
      { type: 'p', children: ['   '] },
    ];
    expect(plainParagraphs(blocks)).toEqual([
      'Heading',
      'A bold move here.',
      'first',
      'second x()',
      'Quoted.',
      'Deeper.',
    ]);
  });
});
