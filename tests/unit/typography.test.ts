// Straight quotes become typographic ones at build time; primes, code and URLs stay as written.
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/pipeline/parse/parseSeed';
import { smartInlines, smartQuotes } from '../../src/pipeline/parse/typography';

describe('smartQuotes', () => {
  it('curls double and single quotes around words', () => {
    expect(smartQuotes('She said "we will win" and left.')).toBe('She said “we will win” and left.');
    expect(smartQuotes("The word 'quay' is old.")).toBe('The word ‘quay’ is old.');
    expect(smartQuotes('"Yes," he said.')).toBe('“Yes,” he said.');
    expect(smartQuotes('("quoted")')).toBe('(“quoted”)');
  });

  it('keeps every letter when an emoji or other astral character comes before a quote', () => {
    expect(smartQuotes('Fans 🎉 said "we won" and \'again\'')).toBe('Fans 🎉 said “we won” and ‘again’');
    expect(smartQuotes("𝔸 don't")).toBe('𝔸 don’t');
  });

  it('turns apostrophes into right single quotes', () => {
    expect(smartQuotes("Don't ask O'Brien about the 1990's.")).toBe('Don’t ask O’Brien about the 1990’s.');
    expect(smartQuotes("The students' union met.")).toBe('The students’ union met.');
    expect(smartQuotes("Back in the '90s, rock 'n' roll.")).toBe('Back in the ’90s, rock ’n’ roll.');
  });

  it('nests single quotes inside double ones', () => {
    expect(smartQuotes(`"He called it 'absurd'," she said.`)).toBe('“He called it ‘absurd’,” she said.');
  });

  it('leaves primes in measurements alone', () => {
    expect(smartQuotes(`He is 5'11" and the board is 6' long.`)).toBe(`He is 5'11" and the board is 6' long.`);
    expect(smartQuotes('A 12" record.')).toBe('A 12" record.');
  });

  it('closes a quote after a number when one is open', () => {
    expect(smartQuotes('The film "1984" opens.')).toBe('The film “1984” opens.');
  });

  it('leaves URLs in the text as they are', () => {
    const text = `See https://example.org/a'b"c for "more".`;
    expect(smartQuotes(text)).toBe(`See https://example.org/a'b"c for “more”.`);
  });

  it('gives the same output for the same input', () => {
    const text = `"It's 'fine'," said O'Neill, 6'2".`;
    expect(smartQuotes(text)).toBe(smartQuotes(text));
    expect(smartQuotes(text)).toBe('“It’s ‘fine’,” said O’Neill, 6\'2".');
  });
});

describe('smartInlines', () => {
  it('decides quotes across emphasis as if the text were one string', () => {
    expect(smartInlines(['He said "', { type: 'em', children: ['never'] }, '" twice.'])).toEqual([
      'He said “',
      { type: 'em', children: ['never'] },
      '” twice.',
    ]);
  });

  it('never changes a code span, and keeps link targets', () => {
    expect(
      smartInlines([
        'Run ',
        { type: 'code', children: [`echo "it's"`] },
        ' and read ',
        { type: 'a', href: "https://x.org/it's", children: ["it's"] },
      ]),
    ).toEqual([
      'Run ',
      { type: 'code', children: [`echo "it's"`] },
      ' and read ',
      { type: 'a', href: "https://x.org/it's", children: ['it’s'] },
    ]);
  });
});

describe('parsing a seed', () => {
  it('curls headline, dek and body but not the byline', () => {
    const seed = `"Hope" returns to O'Brien's town\n\nA 'quiet' return.\n\nBy Sean O'Brien\n\nHe said "it's home".\n`;
    const draft = parseSeed('a.txt', new TextEncoder().encode(seed)).draft!;
    expect(draft.title).toBe('“Hope” returns to O’Brien’s town');
    expect(draft.dek).toBe('A ‘quiet’ return.');
    expect(draft.byline).toBe("Sean O'Brien");
    expect(draft.body).toEqual([{ type: 'p', children: ['He said “it’s home”.'] }]);
  });
});
