// Build options come from the command line first, then the environment, then defaults,
// so `SEEDS_DIR=… npm start` and `npm run build -- --seeds …` both work.
import path from 'node:path';
import type { SiteInfo } from '../../model/data';

export interface BuildOptions {
  projectRoot: string;
  seedsDir: string;
  outDir: string;
  /** Always starts and ends with '/', e.g. '/' or '/news/'. */
  basePath: string;
  siteTitle: string;
  /** Absolute http(s) URL of the site root, ending in '/'; null when none was given. */
  siteUrl: string | null;
  /** BCP 47 language tag, 'en' unless SITE_LANG says otherwise. */
  siteLang: string;
  siteDescription: string | null;
  /** Leave broken seeds out (and say which) instead of failing the build. */
  skipBroken: boolean;
  /** Accept a seeds folder with no seeds (an empty site) instead of failing. */
  allowEmpty: boolean;
  /** Labels that replace the taxonomy, as `--labels a,b,c`. */
  labels: string[] | null;
  /** Print progress lines to stderr. */
  quiet: boolean;
}

/** A setting that cannot work, named with the variable or flag it came from. */
export class OptionError extends Error {}

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

/** The site root as an absolute http(s) URL ending in '/', or an error naming what is wrong. */
export function normaliseSiteUrl(raw: string, source: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new OptionError(`${source}: "${raw}" is not an absolute URL; give one like https://example.org/news/`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OptionError(`${source}: "${raw}" must be an http(s) URL`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new OptionError(`${source}: "${raw}" must be a plain site address, without a query, fragment or credentials`);
  }
  url.pathname = normaliseBasePath(url.pathname);
  return url.href;
}

/**
 * SITE_URL's path is the base path: either alone sets both, and when both are given they must
 * agree, since pages served under one path with links to another would point nowhere.
 */
function siteLocation(argv: string[], env: NodeJS.ProcessEnv): { basePath: string; siteUrl: string | null } {
  const fromFlag = flag(argv, 'site-url');
  const rawUrl = fromFlag ?? (env.SITE_URL?.trim() || undefined);
  const rawBase = flag(argv, 'base') ?? env.BASE_PATH;
  if (rawUrl === undefined) return { basePath: normaliseBasePath(rawBase), siteUrl: null };
  const siteUrl = normaliseSiteUrl(rawUrl, fromFlag !== undefined ? '--site-url' : 'SITE_URL');
  const urlPath = new URL(siteUrl).pathname;
  if (rawBase !== undefined && normaliseBasePath(rawBase) !== urlPath) {
    throw new OptionError(
      `SITE_URL ${siteUrl} is served under ${urlPath} but BASE_PATH is ${normaliseBasePath(rawBase)}; ` +
        'make them agree, or give SITE_URL alone (its path becomes the base path)',
    );
  }
  return { basePath: urlPath, siteUrl };
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

function siteLang(env: NodeJS.ProcessEnv): string {
  const lang = env.SITE_LANG?.trim() || 'en';
  if (!LANGUAGE_TAG.test(lang))
    throw new OptionError(`SITE_LANG: "${lang}" is not a language tag like en, fr or pt-BR`);
  return lang;
}

export function resolveOptions(argv: string[], env: NodeJS.ProcessEnv, projectRoot = process.cwd()): BuildOptions {
  const seeds = flag(argv, 'seeds') ?? env.SEEDS_DIR ?? 'seeds';
  const out = flag(argv, 'out') ?? env.OUT_DIR ?? 'dist';
  const labels = flag(argv, 'labels') ?? env.LABELS;
  return {
    projectRoot,
    seedsDir: path.resolve(projectRoot, seeds),
    outDir: path.resolve(projectRoot, out),
    ...siteLocation(argv, env),
    siteTitle: (env.SITE_TITLE ?? '').trim() || 'Broadsheet',
    siteLang: siteLang(env),
    siteDescription: env.SITE_DESCRIPTION?.trim() || null,
    skipBroken: argv.includes('--skip-broken') || env.SKIP_BROKEN === '1',
    allowEmpty: argv.includes('--allow-empty') || env.ALLOW_EMPTY === '1',
    labels: labels
      ? labels
          .split(',')
          .map((l) => l.trim())
          .filter(Boolean)
      : null,
    quiet: argv.includes('--quiet'),
  };
}

export function siteInfo(options: BuildOptions): SiteInfo {
  return {
    siteTitle: options.siteTitle,
    siteUrl: options.siteUrl,
    siteLang: options.siteLang,
    siteDescription: options.siteDescription,
  };
}

/** `npm start`'s port: --port, else PORT, else 4173. */
export function startPort(argv: string[], env: NodeJS.ProcessEnv): number {
  const raw = flag(argv, 'port') ?? env.PORT ?? '4173';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new OptionError(`PORT: "${raw}" is not a port number`);
  return port;
}
