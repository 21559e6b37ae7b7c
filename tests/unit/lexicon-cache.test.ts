// A build's saved copy of compromise's lexicon: used while its key matches, made again otherwise.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compromiseLexicon } from '../../src/pipeline/enrich/compromiseLexicon';
import type { Lexicon } from '../../src/pipeline/enrich/gazetteer';
import { loadLexicon } from '../../src/pipeline/incremental/lexiconCache';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-lexicon-'));
  file = path.join(dir, 'cache', 'lexicon.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadLexicon', () => {
  it('makes the lexicon from compromise the first time and saves it', async () => {
    const lexicon = await loadLexicon(file, 'k1');
    expect(lexicon).toEqual(await compromiseLexicon());
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ key: 'k1', table: lexicon });
  });

  it('reads the saved copy back while the key matches, and makes a new one when it does not', async () => {
    const saved: Lexicon = { words: { leeds: 'City' }, frozen: {}, orgWords: ['council'] };
    await loadLexicon(file, 'k1');
    await writeFile(file, JSON.stringify({ key: 'k1', table: saved }));
    expect(await loadLexicon(file, 'k1')).toEqual(saved);
    expect(await loadLexicon(file, 'k2')).toEqual(await compromiseLexicon());
  });

  it('makes a new one when the saved file is broken', async () => {
    await loadLexicon(file, 'k1');
    await writeFile(file, '{"key":"k1","lexi');
    expect(await loadLexicon(file, 'k1')).toEqual(await compromiseLexicon());
  });
});
