// The plain-text seed format: headline on the first line, then blank-line separated paragraphs.
// The first paragraph is the standfirst (dek). Around it, a header area may hold `By NAME`,
// `Date:`/`Published:`, `Source:` and a `FILE: caption / Credit` line; the rest is body.
import type { ArticleDraft, Block, Caption, Problem } from '../../model/article';
import { readDate } from './date';
import { cleanByline, splitCaption, squash } from './fields';
import { settle, type ParseResult } from './result';

interface Line {
  text: string;
  /** 1-based line number in the file. */
  no: number;
}

type Meta =
  | { kind: 'date'; value: string }
  | { kind: 'source'; value: string }
  | { kind: 'byline'; value: string }
  | { kind: 'caption'; value: string };

const DATE_LINE = /^(?:date|published)\s*:\s*(.*)$/i;
const SOURCE_LINE = /^source\s*:\s*(.*)$/i;
const CAPTION_LINE = /^(?:FILE|PHOTO)\s*:\s*(.*)$/;
const BYLINE_LINE = /^by(?:\s*:\s*|\s+|$)(.*)$/i;
// A name, not a sentence: "By 2025, 40% of…" and "By any measure, …" open ordinary paragraphs.
const BYLINE_NAME = /^\p{Lu}[^.!?]*$/u;
const BYLINE_MAX_WORDS = 12;

export function parsePlainText(file: string, text: string): ParseResult {
  const problems: Problem[] = [];
  const paragraphs = splitParagraphs(text);

  const headline = findHeadline(paragraphs);
  if (!headline) {
    problems.push({ file, line: 1, message: 'no headline', severity: 'error' });
    return settle(null, problems);
  }

  let dek: string | null = null;
  let byline: string | null = null;
  let date: string | null = null;
  let source: string | null = null;
  let caption: Caption | null = null;
  const seen = new Set<Meta['kind']>();
  const body: Block[] = [];
  let inHeader = true;

  const takeMeta = (meta: Meta, line: Line): void => {
    if (meta.kind === 'caption' && caption) {
      problems.push(warn(file, line.no, 'more than one photo caption; only the first is kept'));
      return;
    }
    if (seen.has(meta.kind)) {
      problems.push(warn(file, line.no, `repeated ${meta.kind} line; the first is kept`));
      return;
    }
    seen.add(meta.kind);
    if (meta.kind === 'byline') byline = cleanByline(meta.value);
    else if (meta.kind === 'source') source = squash(meta.value) || null;
    else if (meta.kind === 'caption') caption = { ...splitCaption(meta.value), image: null };
    else {
      if (meta.value.trim() === '') return;
      const reading = readDate(meta.value);
      if (reading.ok) date = reading.iso;
      else problems.push({ file, line: line.no, message: reading.problem, severity: 'error' });
    }
  };

  for (const paragraph of paragraphs) {
    const kept: Line[] = [];
    for (const line of paragraph) {
      if (line === headline.line) continue;
      const meta = readMeta(line.text, inHeader);
      if (meta) takeMeta(meta, line);
      else kept.push(line);
    }
    if (kept.length === 0) continue;
    const joined = squash(kept.map((l) => l.text).join(' '));
    if (inHeader && dek === null) {
      dek = joined;
    } else {
      inHeader = false;
      body.push({ type: 'p', children: [joined] });
    }
  }

  const draft: ArticleDraft = {
    file,
    title: squash(headline.line.text),
    titleLine: headline.line.no,
    dek,
    byline,
    date,
    source,
    url: null,
    topics: [],
    caption,
    body,
    images: [],
  };
  return settle(draft, problems);
}

function splitParagraphs(text: string): Line[][] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push({ text: raw.trim(), no: i + 1 });
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** The first line that is not a header line; header lines may come before it. */
function findHeadline(paragraphs: Line[][]): { line: Line } | null {
  for (const paragraph of paragraphs) {
    for (const line of paragraph) {
      if (!readMeta(line.text, true)) return { line };
    }
  }
  return null;
}

/** Captions are never body, wherever they are; the other header lines count only in the header. */
function readMeta(text: string, inHeader: boolean): Meta | null {
  const caption = CAPTION_LINE.exec(text);
  if (caption) return { kind: 'caption', value: caption[1]! };
  if (!inHeader) return null;
  const date = DATE_LINE.exec(text);
  if (date) return { kind: 'date', value: date[1]! };
  const source = SOURCE_LINE.exec(text);
  if (source) return { kind: 'source', value: source[1]! };
  const by = BYLINE_LINE.exec(text);
  if (by && isBylineName(by[1]!)) return { kind: 'byline', value: by[1]! };
  return null;
}

function isBylineName(rest: string): boolean {
  const name = rest.trim();
  if (name === '') return true;
  return BYLINE_NAME.test(name) && name.split(/\s+/).length <= BYLINE_MAX_WORDS;
}

function warn(file: string, line: number, message: string): Problem {
  return { file, line, message, severity: 'warning' };
}
