// `npm run -s bench:dev-start [-- --runs N]`: starts `npm run dev` on the repository's seeds, as a
// new user would, and prints JSON: seconds from the command to the first page answering, and to
// the seed's headline shown in Chromium, medians of N runs; plus every line the dev server printed
// that reads as a warning (issue 13, item 9: ≤ 3 s, and no warning a user cannot act on).
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/harness/browser';
import { repoRoot } from '../tests/harness/paths';
import { median, round } from './lib/stats';
import { freePort } from '../tests/harness/free-port';

const TARGET_SECONDS = 3;
const TIMEOUT_MS = 60_000;
const WARNING = /warn|\(!\)|deprecat/i;

async function firstAnswer(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not answer within ${TIMEOUT_MS / 1000} s`);
}

interface Run {
  answerSeconds: number;
  shownSeconds: number;
  warnings: string[];
}

async function oneRun(): Promise<Run> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const started = performance.now();
  // Own process group, so stopping it ends npm, Vite and everything they started.
  const child = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const browser = await launchBrowser();
  try {
    const deadline = Date.now() + TIMEOUT_MS;
    await firstAnswer(url, deadline);
    const answerSeconds = (performance.now() - started) / 1000;
    const page = await browser.newPage();
    await page.goto(url);
    // The front page's first headline link: the seed's article, rendered from the dev server's data.
    await page.locator('main h2 a, main h3 a').first().waitFor({ timeout: TIMEOUT_MS });
    const shownSeconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const warnings = output.split('\n').filter((line) => WARNING.test(line));
    return { answerSeconds: round(answerSeconds, 2), shownSeconds: round(shownSeconds, 2), warnings };
  } finally {
    await browser.close();
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  if (!(Number.isInteger(runs) && runs > 0)) throw new Error('--runs must be a whole number ≥ 1');
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(await oneRun());
  const shown = median(results.map((r) => r.shownSeconds));
  const warnings = [...new Set(results.flatMap((r) => r.warnings))];
  const checks = [
    {
      check: `npm run dev shows the first page ≤ ${TARGET_SECONDS} s`,
      medianSeconds: shown,
      pass: shown <= TARGET_SECONDS,
    },
    { check: 'npm run dev prints no warnings', warnings: warnings.length, pass: warnings.length === 0 },
  ];
  const result = {
    medianAnswerSeconds: median(results.map((r) => r.answerSeconds)),
    medianShownSeconds: shown,
    warnings,
    runs: results,
    checks,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:dev-start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
