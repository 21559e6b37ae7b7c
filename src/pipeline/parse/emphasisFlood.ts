// micromark resolves emphasis in time that grows faster than linear with the number of `*`/`_`
// marks in one paragraph (8,000 nested marks take ~16 s, 16,000 ~90 s). No real paragraph has
// hundreds, so in a paragraph that does, the marks are swapped for stand-ins micromark reads as
// plain text, and swapped back in the tree afterwards: the reader sees the characters, unformatted.
// (Backslash escapes would also work but cost micromark ~100x more per character.)
import type { Nodes } from 'mdast';
import type { Problem } from '../../model/article';
import { walk } from './mdastWalk';

export const MAX_EMPHASIS_MARKS = 256;

// Unicode noncharacters: never in real text, so swapping back cannot touch the author's own characters.
const STAND_IN: Record<string, string> = { '*': '\ufdd0', _: '\ufdd1' };
const MARK: Record<string, string> = { '\ufdd0': '*', '\ufdd1': '_' };
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function defuseEmphasisFloods(
  file: string,
  body: string,
  bodyLine: number,
): { body: string; defused: boolean; problems: Problem[] } {
  const lines = body.split('\n');
  const problems: Problem[] = [];
  let fence: string | null = null;
  let start = -1;
  let marks = 0;

  const closeParagraph = (end: number): void => {
    if (start !== -1 && marks > MAX_EMPHASIS_MARKS) {
      for (let i = start; i < end; i++) lines[i] = lines[i]!.replace(/[*_]/g, (c) => STAND_IN[c]!);
      problems.push({
        file,
        line: bodyLine + start,
        message: `more than ${MAX_EMPHASIS_MARKS} * or _ marks in one paragraph; shown as plain characters`,
        severity: 'warning',
      });
    }
    start = -1;
    marks = 0;
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
    if (line.trim() === '') {
      closeParagraph(i);
      continue;
    }
    if (start === -1) start = i;
    for (let k = 0; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if (c === 42 || c === 95) marks++;
    }
  }
  closeParagraph(lines.length);
  const defused = problems.length > 0;
  return { body: defused ? lines.join('\n') : body, defused, problems };
}

/** Puts the real `*` and `_` back into every text, code, alt and URL of the tree. */
export function restoreEmphasisMarks(root: Nodes): void {
  const restore = (text: string): string => text.replace(/[\ufdd0\ufdd1]/g, (c) => MARK[c]!);
  walk(root, (node) => {
    if ('value' in node) node.value = restore(node.value);
    if ('alt' in node && node.alt) node.alt = restore(node.alt);
    if ('url' in node) node.url = restore(node.url);
    return true;
  });
}
