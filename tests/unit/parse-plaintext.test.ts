import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/article';
import { parsePlainText } from '../../src/pipeline/parse/plainText';
import { seedsDir } from '../harness/paths';
import { bbcCorpusDir, hasBbcCorpus, skipNote } from '../harness/shared';

const texts = (body: Block[]): string[] => body.map((b) => (b.type === 'p' ? b.children.join('') : ''));

/** Expected fields from the BBC file layout: headline, blank line, then blank-line separated paragraphs. */
function layoutOf(text: string): { headline: string; paragraphs: string[] } {
  const blocks = text
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim().replace(/\s+/g, ' '))
    .filter((b) => b !== '');
  return { headline: blocks[0]!, paragraphs: blocks.slice(1) };
}

describe('parsePlainText on the embedded seed', () => {
  const file = '000_b8ec4b7f77a3a021.txt';
  const text = readFileSync(path.join(seedsDir, file), 'utf8');
  const { draft, problems } = parsePlainText(file, text);

  it('reads headline, dek, bare byline and photo caption', () => {
    expect(problems).toEqual([]);
    expect(draft!.title).toBe("Mexico president defends extradition of 37 cartel leaders to US as 'sovereign choice'");
    expect(draft!.titleLine).toBe(1);
    expect(draft!.dek!.startsWith('Mexico comes first')).toBe(true);
    expect(draft!.byline).toBeNull();
    expect(draft!.caption!.text.startsWith('FILE:')).toBe(false);
    expect(draft!.caption!.text.endsWith('December 6 2025.')).toBe(true);
    expect(draft!.caption!.credit).toBe('Reuters');
    expect(draft!.caption!.image).toBeNull();
  });

  it('keeps exactly the eight body paragraphs and invents no date', () => {
    const body = texts(draft!.body);
    expect(body).toHaveLength(8);
    expect(body[0]!.startsWith('Mexican President Claudia Sheinbaum said on Wednesday')).toBe(true);
    expect(body[7]!.endsWith('said US Attorney-General Pam Bondi.')).toBe(true);
    expect(body.some((p) => p.startsWith('FILE:') || p === 'By')).toBe(false);
    expect(draft!.date).toBeNull();
    expect(draft!.source).toBeNull();
    expect(draft!.topics).toEqual([]);
  });
});

describe.runIf(hasBbcCorpus())(`parsePlainText on the BBC corpus${skipNote(bbcCorpusDir)}`, () => {
  it('reads tech/001.txt as headline, dek (first paragraph) and body', () => {
    const text = readFileSync(path.join(bbcCorpusDir, 'tech/001.txt'), 'utf8');
    const { headline, paragraphs } = layoutOf(text);
    const { draft, problems } = parsePlainText('tech/001.txt', text);
    expect(problems).toEqual([]);
    expect(draft!.title).toBe(headline);
    expect(draft!.dek).toBe(paragraphs[0]);
    expect(texts(draft!.body)).toEqual(paragraphs.slice(1));
    expect(draft!.byline).toBeNull();
    expect(draft!.date).toBeNull();
  });

  it('reads every file the same way, even paragraphs opening with "By"', () => {
    let checked = 0;
    for (const category of readdirSync(bbcCorpusDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const name of readdirSync(path.join(bbcCorpusDir, category.name)).filter((n) => n.endsWith('.txt'))) {
        const file = `${category.name}/${name}`;
        const text = readFileSync(path.join(bbcCorpusDir, file), 'utf8');
        const { headline, paragraphs } = layoutOf(text);
        const { draft, problems } = parsePlainText(file, text);
        expect(problems, file).toEqual([]);
        expect(draft!.title, file).toBe(headline);
        expect(draft!.dek, file).toBe(paragraphs[0]);
        expect(draft!.body.length, file).toBe(paragraphs.length - 1);
        expect([draft!.byline, draft!.caption, draft!.date], file).toEqual([null, null, null]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });
});

describe('parsePlainText header lines', () => {
  it('reads byline, date and source around the dek', () => {
    const text = [
      'A headline',
      'Date: 2025-12-10',
      '',
      'The dek, over',
      'two lines.',
      '',
      'By Jane Doe and John Roe, Mexico City',
      'Source: Reuters',
      'FILE: A crowd / AP Photo / Reuters',
      '',
      'First body paragraph',
      'continues here.',
      '',
      'Date: this is body now, not a header.',
    ].join('\n');
    const { draft, problems } = parsePlainText('a.txt', text);
    expect(problems).toEqual([]);
    expect(draft).toMatchObject({
      title: 'A headline',
      date: '2025-12-10',
      dek: 'The dek, over two lines.',
      byline: 'Jane Doe and John Roe, Mexico City',
      source: 'Reuters',
      caption: { text: 'A crowd / AP Photo', credit: 'Reuters', image: null },
    });
    expect(texts(draft!.body)).toEqual([
      'First body paragraph continues here.',
      'Date: this is body now, not a header.',
    ]);
  });

  it.each([
    ['Published: 10 December 2025', '2025-12-10'],
    ['Date: Wednesday, 10 December 2025', '2025-12-10'],
    ['Date: December 10, 2025', '2025-12-10'],
    ['Date: 3 Sept 2024', '2024-09-03'],
    ['Date: 2025-12-10T09:30:00Z', '2025-12-10T09:30:00Z'],
    ['Date: 2025-12-10T09:30+02:00', '2025-12-10T09:30:00+02:00'],
    ['Date: 2025-12-10 09:30', '2025-12-10T09:30:00Z'],
  ])('reads "%s" as %s', (line, iso) => {
    const { draft } = parsePlainText('a.txt', `Headline\n${line}\n\nDek.\n\nBody.`);
    expect(draft!.date).toBe(iso);
  });

  it.each(['Date: banana', 'Date: 2025-02-30', 'Date: 31 Smarch 2025', 'Published: 2025-12-10T25:00'])(
    'rejects "%s" with an error on its line',
    (line) => {
      const { draft, problems } = parsePlainText('a.txt', `Headline\n\nDek.\n${line}\n\nBody.`);
      expect(draft).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: 'a.txt', line: 4, severity: 'error' });
      expect(problems[0]!.message).toMatch(/is not a real date$/);
    },
  );

  it('keeps a paragraph that merely starts with "By" as text', () => {
    const { draft } = parsePlainText(
      'a.txt',
      'Headline\n\nBy 2025, most homes will be online.\n\nBy any measure, it worked.',
    );
    expect(draft!.byline).toBeNull();
    expect(draft!.dek).toBe('By 2025, most homes will be online.');
    expect(texts(draft!.body)).toEqual(['By any measure, it worked.']);
  });

  it('never puts a caption line in the body, and warns about a second one', () => {
    const { draft, problems } = parsePlainText(
      'a.txt',
      'H\n\nDek.\n\nBody one.\n\nFILE: Second photo / AFP\n\nBody two.',
    );
    expect(draft!.caption).toEqual({ text: 'Second photo', credit: 'AFP', image: null });
    expect(texts(draft!.body)).toEqual(['Body one.', 'Body two.']);
    expect(problems).toEqual([]);
    const twice = parsePlainText('a.txt', 'H\n\nFILE: One / AP\n\nDek.\n\nFILE: Two / AP\n\nBody.');
    expect(twice.draft!.caption!.text).toBe('One');
    expect(twice.problems).toEqual([
      { file: 'a.txt', line: 7, message: 'more than one photo caption; only the first is kept', severity: 'warning' },
    ]);
  });

  it('takes a caption without a credit', () => {
    expect(parsePlainText('a.txt', 'H\n\nDek.\nFILE: Just a photo.\n\nBody.').draft!.caption).toEqual({
      text: 'Just a photo.',
      credit: null,
      image: null,
    });
  });

  it('reports a file of header lines only as having no headline', () => {
    expect(parsePlainText('a.txt', 'By Jane Doe\nDate: 2025-01-01\n')).toEqual({
      draft: null,
      problems: [{ file: 'a.txt', line: 1, message: 'no headline', severity: 'error' }],
    });
  });

  it('takes the first non-blank line as headline and reports its line', () => {
    const { draft } = parsePlainText('a.txt', '\n\n   Spaced   headline  \n\nDek.\n\nBody.');
    expect(draft!.title).toBe('Spaced headline');
    expect(draft!.titleLine).toBe(3);
  });
});
