// Entity quality on any corpus, without labels: counts of the patterns that are usually mistakes,
// a sample of each to read, the merges with the rule behind each, and the cold tagging rate.
//   npm run -s bench:entities -- DIR [--sample N] [--dump FILE]
// --dump writes every entity (kind, name, articles, mentions) as tab-separated lines, to look
// up particular names with grep.
import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_KINDS, type Entities, type EntityKind } from '../src/model/article';
import { plainParagraphs } from '../src/model/plainText';
import { loadSeeds } from '../src/pipeline/build/load';
import { compromiseLexicon } from '../src/pipeline/enrich/compromiseLexicon';
import { tagEntities, type EntityInput } from '../src/pipeline/enrich/entityTagger';
import { mergeEntityNames, type Merge } from '../src/pipeline/enrich/entityNames';
import { gazetteerFrom } from '../src/pipeline/enrich/gazetteer';
import { worldPlaces } from '../src/pipeline/enrich/worldPlaces';

interface Entity {
  kind: EntityKind;
  name: string;
  articles: number;
  mentions: number;
}

/** Names of at least this many articles are checked against the text for their own support. */
const MANY = 3;

async function readCorpus(dir: string): Promise<EntityInput[]> {
  const { drafts, problems } = await loadSeeds(dir);
  for (const p of problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
  return drafts.map((d) => ({ title: d.title, dek: d.dek, paragraphs: plainParagraphs(d.body) }));
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function totals(merged: Entities[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const e of merged) {
    for (const kind of ENTITY_KINDS) {
      for (const r of e[kind]) {
        const key = `${kind}\t${r.name}`;
        const found = byKey.get(key) ?? { kind, name: r.name, articles: 0, mentions: 0 };
        found.articles += 1;
        found.mentions += r.count;
        byKey.set(key, found);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : 1));
}

/** Times `name` is written as a whole word sequence in the text, up to `limit`. */
function occurrences(text: string, name: string, limit: number): number {
  let n = 0;
  let at = text.indexOf(name);
  while (at >= 0 && n < limit) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + name.length);
    if (!isLetter(before) && !isLetter(after)) n++;
    at = text.indexOf(name, at + 1);
  }
  return n;
}

function isLetter(c: number): boolean {
  return !Number.isNaN(c) && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

async function main(argv: string[]): Promise<void> {
  const dir = argv.find((a, i) => !a.startsWith('--') && !['--sample', '--dump'].includes(argv[i - 1] ?? ''));
  if (!dir) {
    process.stderr.write('usage: npm run -s bench:entities -- DIR [--sample N] [--dump FILE]\n');
    process.exit(2);
  }
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sample = Number(option('--sample') ?? 12);
  const docs = await readCorpus(dir);

  // Reading the cities' gazetteer is a build's once, from its saved copy after the first build
  // (worldPlacesCache.ts), so it is timed apart from tagging.
  const worldStart = performance.now();
  const gaz = gazetteerFrom(await compromiseLexicon(), worldPlaces());
  const worldSeconds = (performance.now() - worldStart) / 1000;
  // One cold pass, as a build makes it (the lexicon's look-ups fill their caches as they go).
  const wall = performance.now();
  const cpu = cpuSeconds();
  const perDoc = docs.map((doc) => tagEntities(doc, gaz));
  const tagSeconds = (performance.now() - wall) / 1000;
  const tagCpu = cpuSeconds() - cpu;
  const merges: Merge[] = [];
  const mergeStart = performance.now();
  const merged = mergeEntityNames(perDoc, (m) => merges.push(m));
  const mergeSeconds = (performance.now() - mergeStart) / 1000;

  const all = totals(merged);
  const text = docs.map((d) => [d.title, d.dek ?? '', ...d.paragraphs].join('\n')).join('\n\n');
  const lower = (e: Entity): string => e.name.toLowerCase();
  const suspects: Record<string, Entity[]> = {
    // An acronym that no article spells out and the lexicon does not know.
    acronymOnly: all.filter(
      (e) => e.kind === 'organisations' && /^\p{Lu}{2,5}$/u.test(e.name) && !gaz.organisations.has(lower(e)),
    ),
    rareNameManyArticles: all.filter((e) => e.articles >= MANY && occurrences(text, e.name, 2) < 2),
    joinedSpans: all.filter((e) => / (and|&) /.test(e.name) && !gaz.organisations.has(lower(e))),
    oneWordPeople: all.filter((e) => e.kind === 'people' && !e.name.includes(' ')),
    kindDisagrees: all.filter(
      (e) =>
        (e.kind !== 'places' && gaz.places.has(lower(e))) ||
        (e.kind !== 'organisations' && gaz.organisations.has(lower(e))) ||
        (e.kind === 'organisations' && !e.name.includes(' ') && gaz.firstNames.has(lower(e))),
    ),
  };
  const show = (e: Entity): string => `${e.kind}: ${e.name} (${e.articles} articles, ${e.mentions} mentions)`;
  const result = {
    corpus: path.resolve(dir),
    articles: docs.length,
    entities: Object.fromEntries(ENTITY_KINDS.map((k) => [k, all.filter((e) => e.kind === k).length])),
    tagging: {
      coldSeconds: round(tagSeconds),
      coldCpuSeconds: round(tagCpu),
      articlesPerSecond: Math.round(docs.length / tagSeconds),
      articlesPerCpuSecond: Math.round(docs.length / tagCpu),
      mergeSeconds: round(mergeSeconds),
      gazetteerSeconds: round(worldSeconds),
    },
    suspects: Object.fromEntries(Object.entries(suspects).map(([k, list]) => [k, list.length])),
    samples: Object.fromEntries(Object.entries(suspects).map(([k, list]) => [k, list.slice(0, sample).map(show)])),
    merges: {
      count: merges.length,
      byRule: countBy(merges.map((m) => m.why)),
      sample: merges.slice(0, sample).map((m) => `${m.kind}: ${m.from} → ${m.to} (${m.why})`),
    },
  };
  const dump = option('--dump');
  if (dump) {
    const lines = all.map((e) => `${e.kind}\t${e.name}\t${e.articles}\t${e.mentions}`);
    const why = merges.map((m) => `merge\t${m.kind}\t${m.from}\t${m.to}\t${m.why}`);
    fs.writeFileSync(dump, [...lines, ...why].join('\n') + '\n');
  }
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

await main(process.argv.slice(2));
