// Build options come from the command line first, then the environment, then defaults,
// so `SEEDS_DIR=… npm start` and `npm run build -- --seeds …` both work.
import path from 'node:path';

export interface BuildOptions {
  projectRoot: string;
  seedsDir: string;
  outDir: string;
  /** Always starts and ends with '/', e.g. '/' or '/news/'. */
  basePath: string;
  siteTitle: string;
  /** Leave broken seeds out (and say which) instead of failing the build. */
  skipBroken: boolean;
  /** Accept a seeds folder with no seeds (an empty site) instead of failing. */
  allowEmpty: boolean;
  /** Labels that replace the taxonomy, as `--labels a,b,c`. */
  labels: string[] | null;
  /** Print progress lines to stderr. */
  quiet: boolean;
}

export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  const prefixed = argv.find((a) => a.startsWith(`--${name}=`));
  return prefixed?.slice(name.length + 3);
}

export function resolveOptions(argv: string[], env: NodeJS.ProcessEnv, projectRoot = process.cwd()): BuildOptions {
  const seeds = flag(argv, 'seeds') ?? env.SEEDS_DIR ?? 'seeds';
  const out = flag(argv, 'out') ?? env.OUT_DIR ?? 'dist';
  const labels = flag(argv, 'labels') ?? env.LABELS;
  return {
    projectRoot,
    seedsDir: path.resolve(projectRoot, seeds),
    outDir: path.resolve(projectRoot, out),
    basePath: normaliseBasePath(flag(argv, 'base') ?? env.BASE_PATH),
    siteTitle: (env.SITE_TITLE ?? '').trim() || 'Broadsheet',
    skipBroken: argv.includes('--skip-broken') || env.SKIP_BROKEN === '1',
    allowEmpty: argv.includes('--allow-empty') || env.ALLOW_EMPTY === '1',
    labels: labels ? labels.split(',').map((l) => l.trim()).filter(Boolean) : null,
    quiet: argv.includes('--quiet'),
  };
}
