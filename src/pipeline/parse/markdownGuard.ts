// A linear pass over a Markdown body before micromark sees it, for the shapes micromark handles in
// time (or memory) that grows faster than the input:
// - lists and quotes nested thousands deep (`1. 1. 1. …`, a staircase of `>` or of indented `- `):
//   rejected with a located error, since no article nests them more than a few levels;
// - hundreds of `*`/`_` marks in one paragraph (8,000 nested marks took ~16 s, 16,000 ~90 s), or
//   of `[` (20,000 `[a]` took 10 s: every unmatched label is spliced back into the text one by one):
//   or of `<` (2,000 `<!--` after some text took 3 s: each opens an HTML comment that is scanned to
//   the paragraph's end and given up): those marks are swapped for stand-ins micromark reads as plain
//   text, and swapped back in the tree afterwards, so the reader sees the characters, unformatted.
// (Backslash escapes would also work but cost micromark ~100x more per character.)
import type { Nodes } from 'mdast';
import type { Problem } from '../../model/article';
import { walk } from './mdastWalk';

export const MAX_NESTING = 32;
/**
 * micromark reads ordinary Markdown at about 1 MB a second here (less on a loaded machine), so a
 * body past this size could not parse within a second; plain text seeds read 5 MB in a fraction.
 */
export const MAX_MARKDOWN_CHARS = 512 * 1024;
export const MAX_EMPHASIS_MARKS = 256;
export const MAX_LINK_BRACKETS = 256;
export const MAX_ANGLE_BRACKETS = 256;

// Unicode noncharacters: never in real text, so swapping back cannot touch the author's own characters.
const STAND_IN: Record<string, string> = { '*': '\ufdd0', _: '\ufdd1', '[': '\ufdd2', '<': '\ufdd3' };
const MARK: Record<string, string> = { '\ufdd0': '*', '\ufdd1': '_', '\ufdd2': '[', '\ufdd3': '<' };
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface GuardedBody {
  body: string;
  defused: boolean;
  problems: Problem[];
}

export function guardMarkdown(file: string, body: string, bodyLine: number): GuardedBody {
  if (body.length > MAX_MARKDOWN_CHARS) {
    const size = `${Math.ceil(body.length / 1024)} k characters`;
    const message = `the Markdown body is ${size}, over the ${MAX_MARKDOWN_CHARS / 1024} k limit for Markdown seeds: split the article, or save it as plain text (.txt), which reads up to 5 MB`;
    return { body, defused: false, problems: [{ file, line: bodyLine, message, severity: 'error' }] };
  }
  const lines = body.split('\n');
  const problems: Problem[] = [];
  let fence: string | null = null;
  let start = -1;
  let emphasis = 0;
  let brackets = 0;
  let angles = 0;

  const closeParagraph = (end: number): void => {
    if (start !== -1 && emphasis > MAX_EMPHASIS_MARKS) {
      defuse(lines, start, end, /[*_]/g);
      problems.push(warn(file, bodyLine + start, `more than ${MAX_EMPHASIS_MARKS} * or _ marks in one paragraph`));
    }
    if (start !== -1 && brackets > MAX_LINK_BRACKETS) {
      defuse(lines, start, end, /\[/g);
      problems.push(warn(file, bodyLine + start, `more than ${MAX_LINK_BRACKETS} [ marks in one paragraph`));
    }
    if (start !== -1 && angles > MAX_ANGLE_BRACKETS) {
      defuse(lines, start, end, /</g);
      problems.push(warn(file, bodyLine + start, `more than ${MAX_ANGLE_BRACKETS} < marks in one paragraph`));
    }
    start = -1;
    emphasis = 0;
    brackets = 0;
    angles = 0;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== null) {
      // Code inside a fence is never parsed for emphasis, so it is left alone.
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && line.trim() === fenceMark) {
        fence = null;
      }
      continue;
    }
    if (fenceMark) {
      closeParagraph(i);
      fence = fenceMark;
      continue;
    }
    const prefix = containerPrefix(line);
    if (prefix.depth > MAX_NESTING) {
      const message = `lists and quotes nest deeper than ${MAX_NESTING} levels`;
      return { body, defused: false, problems: [{ file, line: bodyLine + i, message, severity: 'error' }] };
    }
    // A new list item, a heading or a blank line (also `>` alone) ends the paragraph micromark resolves at once.
    const rest = line.slice(prefix.length);
    if (rest.trim() === '' || prefix.listItem || /^#{1,6}(?:\s|$)/.test(rest)) closeParagraph(i);
    if (rest.trim() === '') continue;
    if (start === -1) start = i;
    for (let k = prefix.length; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if (c === 42 || c === 95) emphasis++;
      else if (c === 91) brackets++;
      else if (c === 60) angles++;
    }
  }
  closeParagraph(lines.length);
  const defused = problems.length > 0;
  return { body: defused ? lines.join('\n') : body, defused, problems };
}

/** Puts the real marks back into every text, code, alt and URL of the tree. */
export function restoreMarks(root: Nodes): void {
  const restore = (text: string): string => text.replace(/[\ufdd0-\ufdd3]/g, (c) => MARK[c]!);
  walk(root, (node) => {
    if ('value' in node) node.value = restore(node.value);
    if ('alt' in node && node.alt) node.alt = restore(node.alt);
    if ('url' in node) node.url = restore(node.url);
    return true;
  });
}

/**
 * How deep the quote and list markers that open a line nest, counting the indentation before them
 * two columns a level (the least a nested list item needs), and how long that prefix is.
 */
function containerPrefix(line: string): { depth: number; length: number; listItem: boolean } {
  let markers = 0;
  let indent = 0;
  let listItem = false;
  let i = 0;
  for (;;) {
    let columns = 0;
    for (; line[i] === ' ' || line[i] === '\t'; i++) columns += line[i] === '\t' ? 4 : 1;
    // The one space after a marker belongs to the marker.
    indent += markers > 0 ? Math.max(0, columns - 1) : columns;
    const marker = line[i] === '>' ? 1 : listMarkerLength(line, i);
    if (marker === 0) break;
    if (line[i] !== '>') listItem = true;
    markers++;
    i += marker;
  }
  return { depth: markers === 0 ? 0 : markers + Math.floor(indent / 2), length: i, listItem };
}

/** `-`, `+`, `*` or up to nine digits and `.` or `)`, then a space, a tab or the line's end; else 0. */
function listMarkerLength(line: string, i: number): number {
  let end = i;
  if (line[i] === '-' || line[i] === '+' || line[i] === '*') end = i + 1;
  else {
    while (end < line.length && end - i < 9 && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57) end++;
    if (end === i || (line[end] !== '.' && line[end] !== ')')) return 0;
    end++;
  }
  const next = line[end];
  return next === undefined || next === ' ' || next === '\t' ? end - i : 0;
}

/** Swaps the marks for stand-ins in the paragraph's text, leaving each line's list and quote markers. */
function defuse(lines: string[], start: number, end: number, marks: RegExp): void {
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const cut = containerPrefix(line).length;
    lines[i] = line.slice(0, cut) + line.slice(cut).replace(marks, (c) => STAND_IN[c]!);
  }
}

function warn(file: string, line: number, what: string): Problem {
  return { file, line, message: `${what}; shown as plain characters`, severity: 'warning' };
}
