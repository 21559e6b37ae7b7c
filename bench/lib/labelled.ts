// Labelled articles for measuring sections, from either of two shapes:
//   DIR/<label>/*.txt  one article a file: headline on the first non-empty line, then paragraphs;
//   FILE.tsv           one short item a line: label<TAB>headline<TAB>text ('#' lines are comments),
// the second for test sets of short items (a headline and a sentence or two), where a file each
// would be thousands of tiny files, and for labels a folder cannot be named ("Sci/Tech").
import fs from 'node:fs';
import path from 'node:path';
import type { TopicInput } from '../../src/pipeline/enrich/sections';

export interface Labelled {
  label: string;
  doc: TopicInput;
}

export function readLabelled(source: string): Labelled[] {
  return fs.statSync(source).isDirectory() ? readFolders(source) : readTsv(fs.readFileSync(source, 'utf8'), source);
}

function readFolders(dir: string): Labelled[] {
  const out: Labelled[] = [];
  const labels = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const label of labels) {
    const files = fs
      .readdirSync(path.join(dir, label))
      .filter((f) => f.endsWith('.txt'))
      .sort();
    for (const file of files) out.push({ label, doc: readPlain(fs.readFileSync(path.join(dir, label, file), 'utf8')) });
  }
  return out;
}

/** Headline on the first non-empty line, then one paragraph per non-empty line. */
function readPlain(text: string): TopicInput {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return { title: lines[0] ?? '', dek: null, paragraphs: lines.slice(1), topics: [] };
}

/** `label<TAB>headline<TAB>text`; a line of another shape is an error naming it (`file:LINE: …`). */
export function readTsv(text: string, file: string): Labelled[] {
  const out: Labelled[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const fields = line.split('\t').map((f) => f.trim());
      if (fields.length !== 3 || fields.some((f) => f === '')) {
        throw new Error(`${file}:${i + 1}: expected label<TAB>headline<TAB>text, found ${fields.length} field(s)`);
      }
      const [label, title, body] = fields as [string, string, string];
      out.push({ label, doc: { title, dek: null, paragraphs: [body], topics: [] } });
    });
  return out;
}

/**
 * Each article cut to its headline and first sentence: the shape of short-item test sets, made
 * from any labelled corpus to see how sections fare with little text (`--short`).
 */
export function shortened(corpus: Labelled[]): Labelled[] {
  return corpus.map(({ label, doc }) => {
    const first = doc.paragraphs.find((p) => p.trim() !== '') ?? '';
    const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
    return { label, doc: { ...doc, dek: null, paragraphs: sentence ? [sentence] : [] } };
  });
}
