// Runs the project's build CLI as a user would, in a child process.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './paths';

export interface BuildSiteOptions {
  seedsDir: string;
  outDir: string;
  basePath?: string;
  siteTitle?: string;
  /** Extra CLI arguments, e.g. ['--skip-broken']. */
  args?: string[];
}

export interface BuildOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export const tsxBin = path.join(repoRoot, 'node_modules/.bin/tsx');
export const cliPath = path.join(repoRoot, 'src/pipeline/build/cli.ts');

export function buildEnv(basePath?: string, siteTitle?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // An outer build setting (BASE_PATH, SITE_URL, LABELS, …) must not leak into a build that did not ask for it.
  delete env.BASE_PATH;
  delete env.SITE_TITLE;
  delete env.SEEDS_DIR;
  delete env.SKIP_BROKEN;
  delete env.ALLOW_EMPTY;
  delete env.LABELS;
  delete env.SITE_URL;
  delete env.SITE_LANG;
  delete env.SITE_DESCRIPTION;
  if (basePath !== undefined) env.BASE_PATH = basePath;
  if (siteTitle !== undefined) env.SITE_TITLE = siteTitle;
  return env;
}

/** Runs `tsx src/pipeline/build/cli.ts build` and resolves with its exit code and output, whatever the code. */
export function runBuild({ seedsDir, outDir, basePath, siteTitle, args = [] }: BuildSiteOptions): Promise<BuildOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsxBin, [cliPath, 'build', '--seeds', seedsDir, '--out', outDir, ...args], {
      cwd: repoRoot,
      env: buildEnv(basePath, siteTitle),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Builds a site and fails loudly, with the CLI's own output, when the build does. */
export async function buildSite(options: BuildSiteOptions): Promise<BuildOutput> {
  const result = await runBuild(options);
  if (result.code !== 0) {
    throw new Error(
      `build of ${options.seedsDir} failed with exit code ${result.code}:\n${result.stderr}${result.stdout}`,
    );
  }
  return result;
}
