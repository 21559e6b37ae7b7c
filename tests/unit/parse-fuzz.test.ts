// Property tests of parseSeed on hostile input: whatever the bytes, it returns, within a generous
// time guard, either a well-formed draft or located problems (`path:line: message`), never a throw
// or a Node warning. 11,400 cases in all, under a minute on the 2-core dev machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem, type Block, type Inline } from '../../src/model/article';
import { parseSeed } from '../../src/pipeline/parse/parseSeed';

const GUARD_MS = 2_000;
const repo = path.resolve(import.meta.dirname, '../..');
const SEED_TEXT = readFileSync(path.join(repo, 'seeds/000_b8ec4b7f77a3a021.txt'), 'utf8');
// A Markdown seed with every front-matter key and body construct, to mutate.
const MARKDOWN_SEED = [
  '---',
  'title: "Markets rally: a day in three charts"',
  'date: 2025-12-10T08:05:00+01:00',
  'author: By Ana Ruiz',
  'source: Reuters',
  'url: https://example.com/markets',
  'topics: [Business, Markets]',
  'description: >',
  '  Shares rose on Wednesday.',
  'image: https://example.com/photo.jpg',
  'caption: Traders at work / Reuters',
  '---',
  '',
  '# Markets rally',
  '',
  'Plain *em* **strong** `code` and a [link](https://a.example/x "t") <b>html</b> ![alt](x.png).',
  '',
  '- one',
  '  - nested [ref][r]',
  '1. first',
  '',
  '> quoted',
  '> > deeper',
  '',
  '```js',
  'let x = 1;',
  '```',
  '',
  '[r]: https://ref.example/',
].join('\n');

const BLOCKS = new Set(['p', 'h', 'ul', 'ol', 'quote', 'img']);
const INLINES = new Set(['em', 'strong', 'code', 'a']);
// A calendar date, or a date-time with the offset its source gave (parse/date.ts).
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:Z|[+-]\d{2}:\d{2}))?$/;

function checkInlines(inlines: Inline[]): void {
  for (const inline of inlines) {
    if (typeof inline === 'string') continue;
    expect(INLINES.has(inline.type), inline.type).toBe(true);
    if (inline.type === 'a') expect(inline.href).toMatch(/^(?:https?:\/\/|mailto:)/i);
    checkInlines(inline.children);
  }
}

function checkBlocks(blocks: Block[]): void {
  for (const block of blocks) {
    expect(BLOCKS.has(block.type), block.type).toBe(true);
    if (block.type === 'quote') checkBlocks(block.children);
    else if (block.type === 'img') expect(typeof block.alt).toBe('string');
    else if ('items' in block) block.items.forEach(checkInlines);
    else checkInlines(block.children);
  }
}

/** Parses within the guard and checks the result is a well-formed draft or located problems. */
function parsesWellFormed(file: string, bytes: Uint8Array): void {
  const started = performance.now();
  const { draft, problems } = parseSeed(file, bytes);
  expect(performance.now() - started, 'parse time').toBeLessThan(GUARD_MS);
  // A lone CR ends a line as LF and CRLF do (the parser numbers lines that way; old Mac files use it).
  const lineCount = new TextDecoder('latin1').decode(bytes).split(/\r\n|\r|\n/).length;
  for (const problem of problems) {
    expect(problem.file).toBe(file);
    expect(
      Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lineCount + 1,
      String(problem.line),
    ).toBe(true);
    expect(formatProblem(problem)).toMatch(new RegExp(`^seeds/${file.replace('.', '\\.')}:\\d+: \\S`));
    expect(['error', 'warning']).toContain(problem.severity);
  }
  const failed = problems.some((p) => p.severity === 'error');
  expect(draft === null, JSON.stringify(problems)).toBe(failed);
  if (draft === null) return;
  expect(draft.file).toBe(file);
  expect(draft.title.trim()).not.toBe('');
  if (draft.date !== null) {
    expect(draft.date).toMatch(ISO);
    // A real instant whose calendar date, in the offset given, is the one written.
    const offset = /([+-])(\d{2}):(\d{2})$/.exec(draft.date);
    const offsetMs = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
    expect(new Date(Date.parse(draft.date) + offsetMs).toISOString().slice(0, 10)).toBe(draft.date.slice(0, 10));
  }
  checkBlocks(draft.body);
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Text with a few random cuts, insertions and duplications of its own pieces. */
function mutated(text: string): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat({ max: text.length }),
    cut: fc.nat({ max: 40 }),
    insert: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('\n', '---\n', '- ', '> ', '[', '*', '`', '%YAML 1.1\n', '*x'),
    ),
    copy: fc.nat({ max: 200 }),
  });
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => {
    let out = text;
    for (const { at, cut, insert, copy } of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(i, i + copy) + out.slice(i + cut);
    }
    return out;
  });
}

const YAML_PIECES = [
  'title: T',
  'date: 2025-02-30',
  'date: 2025-12-10',
  'date: 0000-00-00',
  'topics: [a, [b]]',
  '[a]: 1',
  '{b: 2}: c',
  '? x',
  ': y',
  'title: *x',
  '&x',
  'x: &a v',
  'y: *a',
  '%YAML 1.1',
  '%TAG ! tag:x,2000:',
  '--- !!map',
  '...',
  '- a',
  '- - - b',
  '  nested: 1',
  'byline: |',
  '  text',
  'url: javascript:alert(1)',
  'title: "unclosed',
  "title: 'q'",
  'image: !!binary aGk=',
  'date: !!timestamp 2025-02-30',
  '<<: {a: 1}',
  'title:',
  '#comment',
  '\t',
  ' ',
  'title: [',
  '{',
  '}',
  '[',
  ']',
  ',',
  'caption: a / b',
  'dek: 5',
  'topics: 1e400',
];
const MARKDOWN_PIECES = [
  '- ',
  '1. ',
  '* ',
  '+ ',
  '> ',
  '[',
  ']',
  '(',
  ')',
  '[a](',
  '](',
  '![',
  '*',
  '_',
  '**',
  '`',
  '```',
  '~~~',
  '\n',
  '\n\n',
  '    ',
  '  ',
  '\t',
  '# ',
  '###### ',
  '<a href="javascript:x">',
  '</a>',
  '<!--',
  '-->',
  '\\',
  '&amp;',
  '&#0;',
  '|',
  '---',
  '===',
  'text',
  'https://a.example',
  '<https://b.example>',
  '[r]: https://r.example',
  '[r]',
  '\u0000',
  '\ufeff',
  '\r\n',
];

function pieces(list: string[], maxLength: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...list), { maxLength }).map((p) => p.join(''));
}

describe('parseSeed on hostile input', { timeout: 120_000 }, () => {
  const warnings = vi.spyOn(process, 'emitWarning');
  afterEach(() => expect(warnings).not.toHaveBeenCalled());

  it('random bytes, as .md and .txt', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, md) =>
        parsesWellFormed(md ? 'x.md' : 'x.txt', bytes),
      ),
      // Found by a run: lone CRs as line ends, then a byte that is not UTF-8, reported on line 3.
      { numRuns: 2_000, examples: [[Uint8Array.from([13, 13, 128]), false]] },
    );
  });

  it('random Unicode text', () => {
    const text = fc.string({ unit: 'binary', maxLength: 400 });
    fc.assert(
      fc.property(text, fc.boolean(), (t, md) => parsesWellFormed(md ? 'x.md' : 'x.txt', utf8(t))),
      { numRuns: 2_000 },
    );
  });

  it('mutated real seed text, plain and Markdown', () => {
    fc.assert(
      fc.property(mutated(SEED_TEXT), (t) => parsesWellFormed('x.txt', utf8(t))),
      { numRuns: 1_200 },
    );
    fc.assert(
      fc.property(mutated(MARKDOWN_SEED), (t) => parsesWellFormed('x.md', utf8(t))),
      { numRuns: 1_200 },
    );
  });

  it('odd YAML front matter', () => {
    const yaml = fc.array(fc.oneof(pieces(YAML_PIECES, 4), fc.string({ maxLength: 12 })), { maxLength: 12 });
    fc.assert(
      fc.property(yaml, pieces(MARKDOWN_PIECES, 20), (lines, body) =>
        parsesWellFormed('x.md', utf8(`---\n${lines.join('\n')}\n---\n${body}`)),
      ),
      { numRuns: 2_500 },
    );
  });

  it('Markdown edge cases, including long runs of one construct', () => {
    const run = fc
      .tuple(fc.constantFrom(...MARKDOWN_PIECES), fc.integer({ min: 1, max: 1_500 }))
      .map(([p, n]) => p.repeat(n));
    const body = fc.array(
      fc.oneof({ weight: 5, arbitrary: pieces(MARKDOWN_PIECES, 40) }, { weight: 1, arbitrary: run }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(body, (parts) => parsesWellFormed('x.md', utf8(`# T\n\n${parts.join('')}`))),
      { numRuns: 2_500 },
    );
  });
});
