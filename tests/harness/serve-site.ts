// Starts the project's own static server on a free port and hands back its URL.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { tsxBin } from './build-site';
import { repoRoot } from './paths';

export interface ServedSite {
  /** Site root including the base path, always ending in '/': http://127.0.0.1:PORT/news/ */
  url: string;
  basePath: string;
  pid: number;
  /** Absolute URL of an app path such as '/articles/x' under the base path. */
  at: (appPath: string) => string;
  close: () => Promise<void>;
}

const READY = /Broadsheet: (http:\/\/\S+)/;
const START_TIMEOUT_MS = 30_000;

/** `compress`: gzip text responses as static hosts do (serve.ts --compress). */
export function serveSite(outDir: string, basePath = '/', { compress = false } = {}): Promise<ServedSite> {
  const servePath = path.join(repoRoot, 'src/pipeline/dev/serve.ts');
  const args = [servePath, '--dir', outDir, '--port', '0', '--base', basePath, ...(compress ? ['--compress'] : [])];
  // Own process group, so closing ends tsx and the node process it starts, and nothing else.
  const child = spawn(tsxBin, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid;
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

  const close = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || pid === undefined) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return;
    }
    await exited;
  };

  return new Promise<ServedSite>((resolve, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`server did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (!match || pid === undefined) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      // The server listens on 127.0.0.1; naming it avoids a detour through IPv6 'localhost'.
      const printed = new URL(match[1]!);
      printed.hostname = '127.0.0.1';
      const url = printed.href.endsWith('/') ? printed.href : `${printed.href}/`;
      const base = new URL(url).pathname;
      resolve({
        url,
        basePath: base,
        pid,
        at: (appPath) => new URL(appPath.replace(/^\//, ''), url).href,
        close,
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before it was ready:\n${output}`));
    });
  });
}
