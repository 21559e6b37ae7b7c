// A linear pass over the front matter's YAML tokens before it is parsed, for what the yaml
// library would otherwise turn into a thrown exception, a stack overflow or a silent reading:
// aliases (an unset anchor or over 100 aliases throw in toJS), nesting deep enough to overflow its
// recursive composer, and a %YAML 1.1 directive, which would make `2025-02-30` a Date in March.
import { CST, Lexer } from 'yaml';
import type { Problem } from '../../model/article';

export const MAX_YAML_NESTING = 32;

/** Problems found in the YAML's tokens; an error means the YAML is not parsed at all. */
export function scanYaml(file: string, yaml: string, yamlLine: number): Problem[] {
  const problems: Problem[] = [];
  let line = yamlLine;
  let flowDepth = 0;
  let indicatorsOnLine = 0;
  let tooDeep = false;
  let aliasSeen = false;
  for (const token of new Lexer().lex(yaml)) {
    const type = CST.tokenType(token);
    if (type === 'flow-seq-start' || type === 'flow-map-start') flowDepth++;
    else if (type === 'flow-seq-end' || type === 'flow-map-end') flowDepth = Math.max(0, flowDepth - 1);
    // `- - - x` and `? ? x` nest one level per indicator on a single line.
    else if (type === 'seq-item-ind' || type === 'explicit-key-ind') indicatorsOnLine++;
    else if (type === 'alias' && !aliasSeen) {
      aliasSeen = true;
      problems.push(error(file, line, `front matter: aliases such as ${token} are not supported; write the value out`));
    } else if (type === 'directive-line' && /^%YAML\s/.test(token) && !/^%YAML\s+1\.2\b/.test(token)) {
      problems.push({
        file,
        line,
        message: `front matter: "${token.trim()}" is ignored; front matter is read as YAML 1.2`,
        severity: 'warning',
      });
    }
    if (!tooDeep && flowDepth + indicatorsOnLine > MAX_YAML_NESTING) {
      tooDeep = true;
      problems.push(error(file, line, `front matter: nesting deeper than ${MAX_YAML_NESTING} levels`));
    }
    for (let i = token.indexOf('\n'); i !== -1; i = token.indexOf('\n', i + 1)) {
      line++;
      indicatorsOnLine = 0;
    }
  }
  return problems;
}

function error(file: string, line: number, message: string): Problem {
  return { file, line, message, severity: 'error' };
}
