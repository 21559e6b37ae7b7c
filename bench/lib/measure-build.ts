// Runs one build of the project CLI in a child process, timing it and measuring its peak memory.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { buildEnv, cliPath, tsxBin } from '../../tests/harness/build-site';
import { repoRoot } from '../../tests/harness/paths';

export interface BuildMeasurement {
  seconds: number;
  /** Peak resident memory of the build process tree, in MB (null when it could not be measured). */
  peakRssMB: number | null;
  /**
   * User plus system CPU seconds of the build and the workers and processes it waited for (null
   * without GNU time): steadier than wall time on a machine other work is loading.
   */
  cpuSeconds: number | null;
  /** From the build's "prerendered N pages in Xs" line; null when it printed none. */
  prerender: { pages: number; seconds: number } | null;
  stderr: string;
}

const PRERENDERED = /^prerendered (\d+) pages in ([\d.]+)s$/m;

/** The build log's prerender line: how many pages, and the stage's own seconds. */
export function prerenderTime(stderr: string): { pages: number; seconds: number } | null {
  const match = PRERENDERED.exec(stderr);
  return match ? { pages: Number(match[1]), seconds: Number(match[2]) } : null;
}

const GNU_TIME = '/usr/bin/time';
/**
 * Builds as a published site is built, with an address, so the feeds and the sitemap are part of
 * what is timed and measured (the bench serves the site elsewhere; nothing follows these links).
 */
const SITE_URL = 'http://localhost:4173/';
const RSS_MARK = 'BENCH_PEAK_RSS_KB=';
const CPU_MARK = 'BENCH_CPU_SECONDS=';
const CPU_LINE = /BENCH_CPU_SECONDS=([\d.]+) ([\d.]+)/;

export async function measureBuild(seedsDir: string, outDir: string): Promise<BuildMeasurement> {
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : tsxBin;
  const args = [cliPath, 'build', '--seeds', seedsDir, '--out', outDir, '--site-url', SITE_URL];
  const fullArgs = useTime ? ['-f', `${CPU_MARK}%U %S\n${RSS_MARK}%M`, tsxBin, ...args] : args;
  const started = performance.now();
  const child = spawn(command, fullArgs, { cwd: repoRoot, env: buildEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    // Progress lines from the build are passed through, so a long bench shows it is alive.
    if (process.env.BENCH_VERBOSE) process.stderr.write(chunk);
  });
  let polledKB = 0;
  const poller = useTime ? null : setInterval(() => (polledKB = Math.max(polledKB, treeHighWaterKB(child.pid))), 100);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  const seconds = (performance.now() - started) / 1000;
  if (poller) clearInterval(poller);
  if (code !== 0) throw new Error(`build of ${seedsDir} failed (exit ${code}):\n${stderr.slice(-4000)}`);
  const mark = stderr.lastIndexOf(RSS_MARK);
  const timeKB = mark >= 0 ? Number.parseInt(stderr.slice(mark + RSS_MARK.length), 10) : Number.NaN;
  const kb = useTime ? timeKB : polledKB;
  const cpu = CPU_LINE.exec(stderr.slice(stderr.lastIndexOf(CPU_MARK)));
  return {
    seconds,
    peakRssMB: Number.isFinite(kb) && kb > 0 ? Math.round(kb / 1024) : null,
    cpuSeconds: useTime && cpu ? Number(cpu[1]) + Number(cpu[2]) : null,
    prerender: prerenderTime(stderr),
    stderr,
  };
}

/** Fallback without GNU time: the largest VmHWM among the process and its descendants. */
function treeHighWaterKB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let max = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      const hwm = /VmHWM:\s+(\d+)/.exec(status);
      if (hwm) max = Math.max(max, Number(hwm[1]));
      const children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim();
      if (children) queue.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between polls.
    }
  }
  return max;
}
