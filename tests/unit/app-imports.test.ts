// The browser bundle must not pull in build-only code: model/article.ts carries the zod schema
// for front matter (~40 kB gzip), so the app may import only its types.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const appDir = path.resolve(import.meta.dirname, '../../src/app');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the app’s imports', () => {
  it('take only types from model/article', () => {
    const offenders = sourceFiles(appDir).filter((file) =>
      /^import\s+(?!type\b)[^;]*from\s+'[./]*model\/article'/m.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => path.relative(appDir, file))).toEqual([]);
  });
});
