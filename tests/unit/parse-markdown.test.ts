import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Block, type Inline } from '../../src/model/article';
import { MAX_EMPHASIS_MARKS } from '../../src/pipeline/parse/markdownGuard';
import { parseMarkdown } from '../../src/pipeline/parse/markdown';
import { plainParagraphs } from '../../src/model/plainText';

// The shared hostile-input list sits next to the repository, not in it (../shared/security).
const XSS_LIST = path.resolve(import.meta.dirname, '../../../shared/security/xss_payloads_quick.txt');
const XSS_LIST_ABSENT = `${XSS_LIST} is absent`;

/** Every link href anywhere in the blocks. */
function hrefs(blocks: Block[]): string[] {
  const fromInlines = (inlines: Inline[]): string[] =>
    inlines.flatMap((i) =>
      typeof i === 'string' ? [] : [...(i.type === 'a' ? [i.href] : []), ...fromInlines(i.children)],
    );
  return blocks.flatMap((b) =>
    b.type === 'quote'
      ? hrefs(b.children)
      : b.type === 'img'
        ? []
        : 'items' in b
          ? b.items.flatMap(fromInlines)
          : fromInlines(b.children),
  );
}

function depth(blocks: Block[]): number {
  return Math.max(0, ...blocks.map((b) => (b.type === 'quote' ? 1 + depth(b.children) : 0)));
}

/** Each payload as title, dek, paragraph, link target and autolink: text only, live links http(s) only. */
function expectHarmless(payloads: string[]): void {
  for (const payload of payloads) {
    const md = [
      '---',
      `title: ${JSON.stringify(payload)}`,
      `description: ${JSON.stringify(payload)}`,
      '---',
      '',
      payload,
      '',
      `[click](${payload})`,
      '',
      `<${payload}>`,
    ].join('\n');
    const { draft, problems } = parseMarkdown('x.md', md);
    expect(draft, `${payload}: ${JSON.stringify(problems)}`).not.toBeNull();
    expect(draft!.title, payload).toBe(payload.trim().replace(/\s+/g, ' '));
    for (const href of hrefs(draft!.body)) expect(href, payload).toMatch(/^(https?:\/\/|mailto:)/i);
    expect(JSON.stringify(draft!.body), payload).not.toMatch(/"type":"(?!p"|a"|em"|strong"|code"|h"|quote"|ul"|ol")/);
  }
}

describe('parseMarkdown front matter', () => {
  const seed = [
    '---',
    'title: "Markets rally"',
    'date: 2025-12-10',
    'author: By Ana Ruiz',
    'source: Reuters',
    'url: https://example.com/markets',
    'topics: Business, Markets, business',
    'description: Shares rose on Wednesday.',
    'image: https://example.com/photo.jpg',
    'caption: Traders at work / Reuters',
    'extra: ignored',
    '---',
    '',
    'Body text.',
  ].join('\n');

  it('maps every key to the draft', () => {
    const { draft, problems } = parseMarkdown('m.md', seed);
    expect(problems).toEqual([]);
    expect(draft).toEqual({
      file: 'm.md',
      title: 'Markets rally',
      titleLine: 2,
      dek: 'Shares rose on Wednesday.',
      byline: 'Ana Ruiz',
      date: '2025-12-10',
      source: 'Reuters',
      url: 'https://example.com/markets',
      topics: ['Business', 'Markets'],
      caption: {
        text: 'Traders at work',
        credit: 'Reuters',
        image: {
          src: 'https://example.com/photo.jpg',
          alt: 'Traders at work',
          width: null,
          height: null,
          variants: [],
        },
      },
      body: [{ type: 'p', children: ['Body text.'] }],
      images: [],
    });
  });

  it('takes topics as a list, and `dek` and `byline` as the other spellings', () => {
    const { draft } = parseMarkdown(
      'm.md',
      '---\ntitle: T\ntopics:\n  - Science\n  - " Space "\ndek: D\nbyline: Bo Li\n---\n',
    );
    expect(draft).toMatchObject({ topics: ['Science', 'Space'], dek: 'D', byline: 'Bo Li' });
  });

  it('reports YAML that does not parse at the line of the fault', () => {
    const { draft, problems } = parseMarkdown('m.md', '---\ntitle: ok\nbyline: "unclosed\n---\n# H\n');
    expect(draft).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
    expect(problems[0]!.line).toBe(3);
    expect(formatProblem(problems[0]!)).toMatch(/^seeds\/m\.md:3: front matter: /);
  });

  it('reports a duplicated key at its second line', () => {
    const { problems } = parseMarkdown('m.md', '---\ntitle: a\ndate: 2025-01-01\ntitle: b\n---\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 4, severity: 'error' });
  });

  it('reports wrong types at the line of their key, all in one run', () => {
    const { draft, problems } = parseMarkdown(
      'm.md',
      '---\ntitle: Fine\ndescription: ok\ntopics: 5\nbyline: [a, b]\ndate: banana\n---\nBody',
    );
    expect(draft).toBeNull();
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'seeds/m.md:4: topics must be a list of names or a comma-separated string, not the number 5',
      'seeds/m.md:5: byline must be text, not a list',
      'seeds/m.md:6: date "banana" is not a real date',
    ]);
  });

  it('rejects dates that do not exist', () => {
    const { problems } = parseMarkdown('m.md', '---\ntitle: T\n\ndate: 2025-02-29\n---\n');
    expect(problems.map((p) => formatProblem(p))).toEqual(['seeds/m.md:4: date "2025-02-29" is not a real date']);
  });

  it('reads an unquoted date or date-time as the author wrote it', () => {
    const dated = (value: string) => parseMarkdown('m.md', `---\ntitle: T\ndate: ${value}\n---\n`).draft!.date;
    expect(dated('2025-12-10')).toBe('2025-12-10');
    expect(dated('2025-12-10 08:05')).toBe('2025-12-10T08:05:00Z');
    expect(dated('2025-12-10T08:05:00+01:00')).toBe('2025-12-10T08:05:00+01:00');
  });

  it('never makes up a date under a %YAML 1.1 directive, and says the directive is ignored', () => {
    for (const [value, shown] of [
      ['0000-00-00', '0000-00-00'],
      ['2025-02-30', '2025-02-30'],
      ['2025-13-45', '2025-13-45'],
    ]) {
      const { draft, problems } = parseMarkdown('m.md', `---\n%YAML 1.1\n--- !!map\ntitle: T\ndate: ${value}\n---\n`);
      expect(draft).toBeNull();
      expect(problems.map((p) => formatProblem(p))).toEqual([
        'seeds/m.md:2: front matter: "%YAML 1.1" is ignored; front matter is read as YAML 1.2',
        `seeds/m.md:5: date "${shown}" is not a real date`,
      ]);
    }
  });

  it('says when front matter is not a mapping or is never closed', () => {
    expect(parseMarkdown('m.md', '---\n- a\n---\n# T').problems.map((p) => formatProblem(p))).toEqual([
      'seeds/m.md:2: front matter must be "key: value" lines',
    ]);
    expect(parseMarkdown('m.md', '---\ntitle: T\n\nBody').problems.map((p) => formatProblem(p))).toEqual([
      'seeds/m.md:1: front matter opened with --- is never closed',
    ]);
  });

  it('reports an empty title at its line', () => {
    expect(parseMarkdown('m.md', '---\ntitle: "  "\n---\nBody').problems.map((p) => formatProblem(p))).toEqual([
      'seeds/m.md:2: title is empty',
    ]);
  });

  it('ignores keys given without a value', () => {
    expect(parseMarkdown('m.md', '---\ntitle: T\nbyline:\ntopics:\n---\n').draft).toMatchObject({
      byline: null,
      topics: [],
    });
  });

  it('warns about and drops a url or image that is not http(s)', () => {
    const { draft, problems } = parseMarkdown(
      'm.md',
      '---\ntitle: T\nurl: ftp://x.org/a\nimage: javascript:alert(1)\n---\n',
    );
    expect(draft).toMatchObject({ url: null, caption: null });
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [3, 'warning'],
      [4, 'warning'],
    ]);
  });
});

describe('parseMarkdown headline', () => {
  it('uses the first # heading when there is no front-matter title, and takes it out of the body', () => {
    const { draft } = parseMarkdown('m.md', 'Intro line.\n\n# The *real* headline\n\nBody.');
    expect(draft!.title).toBe('The real headline');
    expect(draft!.titleLine).toBe(3);
    expect(draft!.body).toEqual([
      { type: 'p', children: ['Intro line.'] },
      { type: 'p', children: ['Body.'] },
    ]);
  });

  it('counts the heading line from the top of the file, past the front matter', () => {
    expect(parseMarkdown('m.md', '---\nsource: X\n---\n\n# Heading\n').draft!.titleLine).toBe(5);
  });

  it('drops a first heading that repeats the front-matter title', () => {
    const { draft } = parseMarkdown('m.md', '---\ntitle: Same\n---\n# Same\n\nBody.');
    expect(draft!.body).toEqual([{ type: 'p', children: ['Body.'] }]);
  });

  it('says "no headline" when there is neither', () => {
    expect(parseMarkdown('m.md', '## Only a subheading\n\nText.')).toEqual({
      draft: null,
      problems: [{ file: 'm.md', line: 1, message: 'no headline', severity: 'error' }],
    });
  });
});

describe('parseMarkdown body', () => {
  it('maps paragraphs, headings, emphasis, code, links, lists and quotes', () => {
    const md = [
      '# T',
      '',
      'Plain *em* **strong** `code` and a [link](https://a.example/x "title")',
      'over two lines.',
      '',
      '## Two',
      '### Three',
      '##### Five',
      '',
      '- one',
      '- two',
      '  - nested',
      '',
      '1. first',
      '2. [mail](mailto:desk@example.com)',
      '',
      '> quoted',
      '>',
      '> > deeper',
      '',
      '```js',
      'let x = 1;',
      '```',
      '',
      '---',
      '',
      'See [the ref][r].',
      '',
      '[r]: https://ref.example/',
    ].join('\n');
    const { draft, problems } = parseMarkdown('m.md', md);
    expect(problems).toEqual([]);
    expect(draft!.body).toEqual([
      {
        type: 'p',
        children: [
          'Plain ',
          { type: 'em', children: ['em'] },
          ' ',
          { type: 'strong', children: ['strong'] },
          ' ',
          { type: 'code', children: ['code'] },
          ' and a ',
          { type: 'a', href: 'https://a.example/x', children: ['link'] },
          ' over two lines.',
        ],
      },
      { type: 'h', level: 2, children: ['Two'] },
      { type: 'h', level: 3, children: ['Three'] },
      { type: 'h', level: 4, children: ['Five'] },
      { type: 'ul', items: [['one'], ['two'], ['nested']] },
      { type: 'ol', items: [['first'], [{ type: 'a', href: 'mailto:desk@example.com', children: ['mail'] }]] },
      {
        type: 'quote',
        children: [
          { type: 'p', children: ['quoted'] },
          { type: 'quote', children: [{ type: 'p', children: ['deeper'] }] },
        ],
      },
      { type: 'p', children: [{ type: 'code', children: ['let x = 1;'] }] },
      { type: 'p', children: ['See ', { type: 'a', href: 'https://ref.example/', children: ['the ref'] }, '.'] },
    ]);
  });

  it('keeps raw HTML as its literal text and an image in a list item as its alt text', () => {
    const md = '# T\n\n<div onclick="x()">block</div>\n\n- Inline <b>bold</b> ![a chart](https://x.example/c.png) end.';
    expect(parseMarkdown('m.md', md).draft!.body).toEqual([
      { type: 'p', children: ['<div onclick="x()">block</div>'] },
      { type: 'ul', items: [['Inline <b>bold</b> a chart end.']] },
    ]);
  });

  it('keeps only http(s) and mailto links; others become their text', () => {
    const md =
      '# T\n\n[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) [d](/relative) [e](vbscript:x) [f](http://ok.example)';
    const body = parseMarkdown('m.md', md).draft!.body;
    expect(hrefs(body)).toEqual(['http://ok.example']);
    expect(body[0]).toEqual({
      type: 'p',
      children: ['a b c d e ', { type: 'a', href: 'http://ok.example', children: ['f'] }],
    });
  });

  it('never turns the built-in hostile payloads into links or markup', () => {
    expectHarmless(['javascript:alert(1)', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>']);
  });

  it.skipIf(!existsSync(XSS_LIST))(
    `never turns any payload of the shared list into links or markup (${XSS_LIST_ABSENT} when skipped)`,
    () => {
      const payloads = readFileSync(XSS_LIST, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
      expect(payloads.length).toBeGreaterThan(20);
      expectHarmless(payloads);
    },
  );

  it('shows a flood of emphasis marks as plain characters, with a warning', () => {
    const flood = '*a '.repeat(20_000) + 'b' + ' a*'.repeat(20_000);
    const { draft, problems } = parseMarkdown('m.md', `# T\n\nFine *em*.\n\n${flood}\n`);
    expect(problems).toEqual([
      {
        file: 'm.md',
        line: 5,
        message: `more than ${MAX_EMPHASIS_MARKS} * or _ marks in one paragraph; shown as plain characters`,
        severity: 'warning',
      },
    ]);
    expect(draft!.body[0]).toEqual({ type: 'p', children: ['Fine ', { type: 'em', children: ['em'] }, '.'] });
    expect(draft!.body[1]).toEqual({ type: 'p', children: [flood.trim()] });
  });

  it('leaves fenced code out of the emphasis count', () => {
    const code = '*_'.repeat(400);
    const { draft, problems } = parseMarkdown('m.md', `# T\n\n\`\`\`\n${code}\n\`\`\`\n`);
    expect(problems).toEqual([]);
    expect(draft!.body).toEqual([{ type: 'p', children: [{ type: 'code', children: [code] }] }]);
  });

  it('bounds nesting: 30 nested quotes become a shallow tree with the text kept', () => {
    const { draft } = parseMarkdown('m.md', `# T\n\n${'> '.repeat(30)}deep text`);
    expect(depth(draft!.body)).toBeLessThanOrEqual(17);
    expect(JSON.stringify(draft!.body)).toContain('deep text');
  });
});

describe('parseMarkdown images', () => {
  const remote = (src: string, alt: string) => ({ src, alt, width: null, height: null, variants: [] });

  it('cuts a paragraph around an image, which becomes an image block; a reference image too', () => {
    const md = [
      '# T',
      '',
      'Before ![a chart](https://x.example/c.png) after.',
      '',
      '![Map][m]',
      '',
      '[m]: https://x.example/map.png',
    ].join('\n');
    expect(parseMarkdown('m.md', md).draft!.body).toEqual([
      { type: 'p', children: ['Before'] },
      { type: 'img', ...remote('https://x.example/c.png', 'a chart') },
      { type: 'p', children: ['after.'] },
      { type: 'img', ...remote('https://x.example/map.png', 'Map') },
    ]);
  });

  it('resolves a local image against the seed file and notes its line; front matter too', () => {
    const md = [
      '---',
      'title: T',
      'image: lead photo.jpg',
      '---',
      '',
      'Text.',
      '',
      '![Chart](../shared/chart.png)',
    ].join('\n');
    const { draft, problems } = parseMarkdown('news/2025/a.md', md);
    expect(problems).toEqual([]);
    // No caption: the headline says what the lead image shows.
    expect(draft!.caption).toEqual({ text: '', credit: null, image: remote('news/2025/lead photo.jpg', 'T') });
    expect(draft!.body[1]).toEqual({ type: 'img', ...remote('news/shared/chart.png', 'Chart') });
    expect(draft!.images).toEqual([
      { path: 'news/2025/lead photo.jpg', line: 3 },
      { path: 'news/shared/chart.png', line: 8 },
    ]);
  });

  it('decodes %20 in a Markdown path', () => {
    const { draft } = parseMarkdown('a.md', '# T\n\n![x](my%20photo.png)');
    expect(draft!.images).toEqual([{ path: 'my photo.png', line: 3 }]);
  });

  it('refuses a path that leaves the seeds folder, an absolute path and a non-https URL, with located warnings', () => {
    const md = [
      '---',
      'title: T',
      'image: ../../etc/passwd',
      '---',
      '',
      '![up](../../outside.png)',
      '',
      '![abs](/etc/x.png)',
      '',
      '![plain](http://x.example/a.png)',
      '',
      '![data](data:image/png;base64,AAAA)',
    ].join('\n');
    const { draft, problems } = parseMarkdown('news/a.md', md);
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'seeds/news/a.md:3: image path "../../etc/passwd" leaves the seeds folder; left out',
      'seeds/news/a.md:6: image path "../../outside.png" leaves the seeds folder; left out',
      'seeds/news/a.md:8: image path "/etc/x.png" must be relative to the seed file, with /; left out',
      'seeds/news/a.md:10: image "http://x.example/a.png" is http, not https; left out',
      'seeds/news/a.md:12: image "data:image/png;base64,AAAA" is neither an https address nor a file; left out',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    // Each refused image keeps its alt text, as text.
    expect(draft!.body).toEqual([
      { type: 'p', children: ['up'] },
      { type: 'p', children: ['abs'] },
      { type: 'p', children: ['plain'] },
      { type: 'p', children: ['data'] },
    ]);
    expect(draft!.caption).toBeNull();
    expect(draft!.images).toEqual([]);
  });

  it('leaves image alt text out of the searchable words', () => {
    const { draft } = parseMarkdown('a.md', '# T\n\nWords here.\n\n![Secret alt](https://x.example/a.png)');
    expect(plainParagraphs(draft!.body)).toEqual(['Words here.']);
  });
});
