// What sections an article can get: the IPTC default, the user's config, or labels from the command line.
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { slugify } from '../../model/routes';
import { DEFAULT_TOPICS } from './defaultTopics';

export interface Topic {
  slug: string;
  /** Short display name. */
  name: string;
  /** The IPTC Media Topic label for default topics; the user's own name otherwise. */
  label: string;
  /** IPTC Media Topic code (e.g. medtop:04000000) for default topics. */
  iptc?: string;
  /** Describing words; empty when only a name was given, and then the corpus supplies them. */
  words: string[];
}

export interface Taxonomy {
  topics: Topic[];
  source: 'default' | 'config' | 'labels';
}

export const CONFIG_FILE = 'broadsheet.config.json';

/** A bad config file, located as `broadsheet.config.json:LINE: message`. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ConfigError';
  }
}

export function defaultTaxonomy(): Taxonomy {
  return { topics: DEFAULT_TOPICS.map((t) => ({ ...t, words: [...t.words] })), source: 'default' };
}

/** A names-only taxonomy, e.g. from `--labels business,sport`. */
export function taxonomyFromLabels(labels: string[]): Taxonomy {
  const names = [...new Set(labels.map((l) => l.trim()).filter(Boolean))];
  if (names.length === 0) throw new Error('--labels needs at least one label');
  return { topics: names.map((name) => userTopic(name, [])), source: 'labels' };
}

/** Labels win over the config file, which wins over the default taxonomy. */
export function loadTaxonomy(projectRoot: string, labelsOverride?: string[]): Taxonomy {
  if (labelsOverride && labelsOverride.length > 0) return taxonomyFromLabels(labelsOverride);
  const file = path.join(projectRoot, CONFIG_FILE);
  if (!fs.existsSync(file)) return defaultTaxonomy();
  return parseTaxonomyConfig(fs.readFileSync(file, 'utf8'), CONFIG_FILE) ?? defaultTaxonomy();
}

/** Null when the config has no `topics` key (it may configure other things). */
export function parseTaxonomyConfig(text: string, file = CONFIG_FILE): Taxonomy | null {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    JSON.parse(clean);
  } catch (err) {
    throw new ConfigError(file, jsonErrorLine(clean, err), `not valid JSON (${(err as Error).message})`);
  }
  // JSON is YAML, and the YAML parser keeps source ranges, so every problem can name its line.
  const doc = parseDocument(clean);
  const lineOf = (node: YamlNode | null | undefined): number => lineAt(clean, node?.range?.[0] ?? 0);
  const root = doc.contents;
  if (!isMap(root)) throw new ConfigError(file, 1, 'the config must be a JSON object');
  const topicsNode = root.get('topics', true) as YamlNode | undefined;
  if (topicsNode === undefined) return null;
  if (!isSeq(topicsNode) || topicsNode.items.length === 0) {
    throw new ConfigError(
      file,
      lineOf(topicsNode),
      '"topics" must be a non-empty list of { "name": …, "words"?: […] }',
    );
  }
  const topics: Topic[] = [];
  const seen = new Map<string, number>();
  topicsNode.items.forEach((item, i) => {
    const node = item as YamlNode;
    const at = lineOf(node);
    if (!isMap(node)) throw new ConfigError(file, at, `topics[${i}] must be an object with a "name"`);
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
      if (key !== 'name' && key !== 'words') {
        throw new ConfigError(
          file,
          lineOf(pair.key as YamlNode),
          `topics[${i}] has an unknown key "${key}" (allowed: name, words)`,
        );
      }
    }
    const value = node.toJSON() as { name?: unknown; words?: unknown };
    if (typeof value.name !== 'string' || value.name.trim() === '') {
      throw new ConfigError(file, at, `topics[${i}].name must be a non-empty string`);
    }
    const words = value.words ?? [];
    if (!Array.isArray(words) || words.some((w) => typeof w !== 'string')) {
      throw new ConfigError(
        file,
        lineOf(node.get('words', true) as YamlNode),
        `topics[${i}].words must be a list of strings`,
      );
    }
    const topic = userTopic(value.name, words as string[]);
    const earlier = seen.get(topic.slug);
    if (earlier !== undefined) {
      throw new ConfigError(file, at, `topics[${i}] "${topic.name}" repeats the topic on line ${earlier}`);
    }
    seen.set(topic.slug, at);
    topics.push(topic);
  });
  return { topics, source: 'config' };
}

function userTopic(name: string, words: string[]): Topic {
  const clean = name.trim();
  return { slug: slugify(clean), name: clean, label: clean, words: words.map((w) => w.trim()).filter(Boolean) };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function jsonErrorLine(text: string, err: unknown): number {
  const message = err instanceof Error ? err.message : '';
  const lineCol = /line (\d+)/.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const position = /position (\d+)/.exec(message);
  return position ? lineAt(text, Number(position[1])) : lineAt(text, text.length);
}
