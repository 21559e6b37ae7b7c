// A rebuild after one article changed: append a sentence to one seed file of a corpus copy and
// build again into the same out dir with the real CLI, as an editor would after a correction.
import { appendFileSync, cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { measureBuild } from './measure-build';
import { round } from './stats';

export interface RebuildResult {
  /** The seed file changed, relative to the corpus. */
  changedFile: string;
  coldSeconds: number;
  rebuildSeconds: number;
  /** rebuild / cold. */
  ratio: number;
  /** The same in CPU seconds (measureBuild's cpuSeconds); null without GNU time. */
  coldCpuSeconds: number | null;
  rebuildCpuSeconds: number | null;
  cpuRatio: number | null;
}

const SEED_FILE = /\.(txt|md)$/i;
const SENTENCE = '\n\nThis article was updated after publication to correct a detail.\n';

/** Copies a corpus that must not be written to (the repo's seeds, the shared BBC corpus). */
export function copyCorpus(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}

/** The first seed file in sorted path order: the same one every run. */
export function firstSeedFile(corpusDir: string): string {
  const files = readdirSync(corpusDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SEED_FILE.test(entry.name) && !/^readme\.md$/i.test(entry.name))
    .map((entry) => path.relative(corpusDir, path.join(entry.parentPath, entry.name)))
    .sort();
  const first = files[0];
  if (!first) throw new Error(`${corpusDir} has no seed files`);
  return first;
}

/** `cold`: the median cold build of the corpus, in wall and (when measured) CPU seconds. */
export async function measureRebuild(
  corpusDir: string,
  outDir: string,
  cold: { seconds: number; cpuSeconds: number | null },
): Promise<RebuildResult> {
  const changedFile = firstSeedFile(corpusDir);
  appendFileSync(path.join(corpusDir, changedFile), SENTENCE);
  const run = await measureBuild(corpusDir, outDir);
  const cpu = cold.cpuSeconds !== null && run.cpuSeconds !== null ? run.cpuSeconds / cold.cpuSeconds : null;
  return {
    changedFile,
    coldSeconds: round(cold.seconds),
    rebuildSeconds: round(run.seconds),
    ratio: round(run.seconds / cold.seconds, 3),
    coldCpuSeconds: cold.cpuSeconds === null ? null : round(cold.cpuSeconds),
    rebuildCpuSeconds: run.cpuSeconds === null ? null : round(run.cpuSeconds),
    cpuRatio: cpu === null ? null : round(cpu, 3),
  };
}
