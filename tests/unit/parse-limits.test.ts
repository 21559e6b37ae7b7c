// The inputs issue 11 found to stop a build or to take seconds: each is now read or refused
// with a located problem. Time is only a generous guard here, never what a test measures.
import { describe, expect, it } from 'vitest';
import { formatProblem, type Block } from '../../src/model/article';
import type { List, ListItem, RootContent } from 'mdast';
import { toBlocks } from '../../src/pipeline/parse/mdastToBlocks';
import { parseSeed } from '../../src/pipeline/parse/parseSeed';

const GUARD_MS = 2_000;

function parse(file: string, text: string) {
  const started = performance.now();
  const result = parseSeed(file, new TextEncoder().encode(text));
  expect(performance.now() - started, `${file} took too long`).toBeLessThan(GUARD_MS);
  return { ...result, lines: result.problems.map((p) => formatProblem(p)) };
}

function listDepth(blocks: Block[]): number {
  return blocks.filter((b) => b.type === 'ul' || b.type === 'ol').length;
}

describe('front matter never throws', { timeout: 30_000 }, () => {
  it('reports an alias without its anchor at its line', () => {
    const { draft, lines } = parse('x.md', '---\nsource: S\ntitle: *x\n---\nBody.\n');
    expect(draft).toBeNull();
    expect(lines).toEqual(['seeds/x.md:3: front matter: aliases such as *x are not supported; write the value out']);
  });

  it('reports the first of more than 100 aliases', () => {
    const aliases = Array.from({ length: 101 }, () => '*a').join(', ');
    const { lines } = parse('x.md', `---\nt: &a x\nl: [${aliases}]\ntitle: T\n---\n`);
    expect(lines).toEqual(['seeds/x.md:3: front matter: aliases such as *a are not supported; write the value out']);
  });

  it('reports a key that is a list or a map, nested ones too, without a Node warning', () => {
    const { draft, lines } = parse('x.md', '---\ntitle: T\n[a]: 1\ntopics:\n  {b: 2}: c\n---\n');
    expect(draft).toBeNull();
    expect(lines).toEqual([
      'seeds/x.md:3: front matter: a key must be a plain name, not a list or map',
      'seeds/x.md:5: front matter: a key must be a plain name, not a list or map',
    ]);
  });

  it('reports 10,000-deep flow nesting and 10,000 compact `- ` at the line', () => {
    const flow = parse('x.md', `---\ntitle: T\nsource: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n`);
    expect(flow.lines).toEqual(['seeds/x.md:3: front matter: nesting deeper than 32 levels']);
    const block = parse('x.md', `---\ntitle: T\ntopics:\n${'- '.repeat(10_000)}a\n---\n`);
    expect(block.lines).toEqual(['seeds/x.md:4: front matter: nesting deeper than 32 levels']);
  });

  it('refuses 50,000 keys as front matter too long', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: v`).join('\n');
    const { draft, lines } = parse('x.md', `---\n${keys}\ntitle: T\n---\n`);
    expect(draft).toBeNull();
    expect(lines).toEqual(['seeds/x.md:2: front matter is longer than 65,536 characters']);
  });

  it('reads a thousand keys, reporting a repeated one at its second line', () => {
    const keys = Array.from({ length: 1_000 }, (_, i) => `k${i}: v`).join('\n');
    expect(parse('x.md', `---\ntitle: T\n${keys}\n---\n`).draft!.title).toBe('T');
    expect(parse('x.md', `---\ntitle: T\n${keys}\ntitle: U\n---\n`).lines).toEqual([
      'seeds/x.md:1003: front matter: title is given twice (first on line 2)',
    ]);
  });
});

describe('dates are never made up', () => {
  it('rejects a plain-text Date line that is not a calendar date', () => {
    for (const date of ['0000-00-00', '2025-02-30', '2025-13-45']) {
      expect(parse('x.txt', `Headline\n\nDate: ${date}\n\nBody.\n`).lines).toEqual([
        `seeds/x.txt:3: date "${date}" is not a real date`,
      ]);
    }
  });
});

describe('pathological Markdown is read or refused early', { timeout: 60_000 }, () => {
  const nestedTooDeep = (line: number) => [`seeds/x.md:${line}: lists and quotes nest deeper than 32 levels`];

  it('refuses `- ` and `1. ` repeated 10,000 times on one line', () => {
    expect(parse('x.md', `# T\n\n${'- '.repeat(10_000)}`).lines).toEqual(nestedTooDeep(3));
    expect(parse('x.md', `# T\n\n${'- '.repeat(10_000)}x`).lines).toEqual(nestedTooDeep(3));
    expect(parse('x.md', `# T\n\n${'1. '.repeat(10_000)}`).lines).toEqual(nestedTooDeep(3));
  });

  it('refuses a 1,000-line staircase of > quotes, and one of indented list items', () => {
    const quotes = Array.from({ length: 1_000 }, (_, i) => `${'>'.repeat(i + 1)} a`).join('\n');
    expect(parse('x.md', `# T\n\n${quotes}`).lines).toEqual(nestedTooDeep(35));
    // 300 levels: a 1,000-level staircase of indented items is over the Markdown size limit (below).
    const indented = Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n');
    expect(parse('x.md', `# T\n\n${indented}`).lines).toEqual(nestedTooDeep(35));
  });

  it('refuses a Markdown body over 512 k characters before parsing it, and reads 5 MB of plain text', () => {
    const paragraph = `${'Ordinary words of a long *report*, with a [link](https://example.org). '.repeat(20)}\n\n`;
    const markdown = `---\ntitle: Long\n---\n\n${paragraph.repeat(Math.ceil((600 * 1024) / paragraph.length))}`;
    const { draft, lines } = parse('long.md', markdown);
    expect(draft).toBeNull();
    expect(lines).toEqual([
      'seeds/long.md:4: the Markdown body is 602 k characters, over the 512 k limit for Markdown seeds: split the article, or save it as plain text (.txt), which reads up to 5 MB',
    ]);
    const plain = `Long\n\nThe dek.\n\n${'Ordinary words of a long report. '.repeat(30).concat('\n\n').repeat(5_100)}`;
    expect(plain.length).toBeGreaterThan(5_000_000);
    const read = parse('long.txt', plain);
    expect(read.lines).toEqual([]);
    expect(read.draft!.body.length).toBe(5_100);
  });

  it('shows 2,000 unclosed `<!--` after some text as plain text, with a warning', () => {
    const text = `x ${'<!--'.repeat(2_000)}`;
    const { draft, lines } = parse('x.md', `# T\n\n${text}\n`);
    expect(lines).toEqual(['seeds/x.md:3: more than 256 < marks in one paragraph; shown as plain characters']);
    expect(draft!.body).toEqual([{ type: 'p', children: [text] }]);
  });

  it('shows 80 kB of `[a](` as plain text, with a warning', () => {
    const text = '[a]('.repeat(20_000);
    const { draft, lines } = parse('x.md', `# T\n\n${text}\n`);
    expect(lines).toEqual(['seeds/x.md:3: more than 256 [ marks in one paragraph; shown as plain characters']);
    expect(draft!.body).toEqual([{ type: 'p', children: [text] }]);
  });

  it('still reads nested lists and quotes of an ordinary depth, and links in long lists', () => {
    const md = [
      '# T',
      '',
      '- one',
      '  - two',
      '    - three',
      '      1. four',
      '         * five',
      '',
      '> > > > quoted',
      '> > > > - in a list',
      '',
      ...Array.from({ length: 300 }, (_, i) => `- [link ${i}](https://example.com/${i})`),
    ].join('\n');
    const { draft, lines } = parse('x.md', md);
    expect(lines).toEqual([]);
    expect(draft!.body[0]).toEqual({ type: 'ul', items: [['one'], ['two'], ['three'], ['four'], ['five']] });
    expect(JSON.stringify(draft!.body[1])).toContain('in a list');
    expect(listDepth(draft!.body)).toBe(2);
    const links = draft!.body[2];
    expect(links?.type === 'ul' && links.items.length).toBe(300);
    expect(links?.type === 'ul' && links.items[299]).toEqual([
      { type: 'a', href: 'https://example.com/299', children: ['link 299'] },
    ]);
  });
});

describe('mdast to blocks', () => {
  it('flattens a nested list of 200,000 items without overflowing the stack', () => {
    const item = (text: string, more: RootContent[] = []): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }, ...more] as ListItem['children'],
    });
    const inner: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: Array.from({ length: 200_000 }, (_, i) => item(`i${i}`)),
    };
    const outer: List = { type: 'list', ordered: false, spread: false, children: [item('top', [inner])] };
    const [list] = toBlocks([outer]);
    expect(list?.type === 'ul' && list.items.length).toBe(200_001);
    expect(list?.type === 'ul' && list.items[200_000]).toEqual(['i199999']);
  });
});
