// Entry point for `npm run build`, `npm start` and `npm run catalog`.
import { OptionError, resolveOptions, startPort, type BuildOptions } from './config';
import { buildCorpus, SeedErrors } from './corpus';
import { buildSite } from './build';
import { catalogLine } from './catalog';
import { SeedsFolderError } from './load';
import { exitWhenFlushed, toleratePipeClose, writeOut } from './output';
import { reportProblems, summaryLine } from './report';
import { ConfigError } from '../enrich/taxonomy';
import { NO_SITE_URL_NOTICE } from '../emit/discovery';
import { startServer } from '../dev/serve';
import { printName } from '../../model/printName';

async function build(options: BuildOptions): Promise<void> {
  const started = Date.now();
  const { corpus, pages, dataBytes } = await buildSite(options);
  reportProblems(corpus.problems, options.seedsDir);
  if (corpus.skipped.length > 0) {
    process.stderr.write(
      `skipped ${corpus.skipped.length} broken file(s): ${corpus.skipped.map(printName).join(', ')}\n`,
    );
  }
  if (options.siteUrl === null) process.stderr.write(`${NO_SITE_URL_NOTICE}\n`);
  const summary = { articles: corpus.articles.length, pages, dataBytes, problems: corpus.problems };
  process.stderr.write(`${summaryLine({ ...summary, outDir: options.outDir, started })}\n`);
}

/** Resolves with an exit code, or null while `start`'s server keeps the process alive. */
async function main(): Promise<number | null> {
  const [command, ...rest] = process.argv.slice(2);
  const options = resolveOptions(rest, process.env);
  if (command === 'catalog') {
    const corpus = await buildCorpus({ ...options, skipBroken: true });
    reportProblems(corpus.problems, options.seedsDir);
    // Copies folded into another article's row come last, each naming the row's slug.
    await writeOut([...corpus.articles, ...corpus.copies].map((a) => `${catalogLine(a)}\n`).join(''));
    return corpus.skipped.length > 0 ? 1 : 0;
  }
  if (command === 'build') {
    await build(options);
    return 0;
  }
  if (command === 'start') {
    // The local server is where this build is read, so its feeds and sitemap point there.
    const port = startPort(rest, process.env);
    await build({ ...options, siteUrl: `http://localhost:${port}${options.basePath}` });
    await startServer(options.outDir, options.basePath, port);
    process.stdout.write(`Broadsheet: http://localhost:${port}${options.basePath}\n`);
    return null;
  }
  process.stderr.write(
    'usage: cli.ts build|start|catalog [--seeds DIR] [--out DIR] [--base /path/] [--site-url URL] [--labels a,b] [--skip-broken] [--allow-empty]\n',
  );
  return 2;
}

toleratePipeClose();
main().then(
  (code) => {
    // null: `start`'s server keeps the process alive.
    if (code !== null) return exitWhenFlushed(code);
  },
  (error: unknown) => {
    if (error instanceof SeedErrors) {
      const { problems } = error;
      reportProblems(problems, resolveOptions(process.argv.slice(3), process.env).seedsDir);
      process.stderr.write(
        `build failed: ${error.message}; fix them or pass --skip-broken (SKIP_BROKEN=1) to leave them out\n`,
      );
    } else if (error instanceof ConfigError || error instanceof SeedsFolderError || error instanceof OptionError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return exitWhenFlushed(1);
  },
);
