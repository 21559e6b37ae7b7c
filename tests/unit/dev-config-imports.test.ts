// `npm run dev` starts by bundling vite.config.ts with every module the dev plugin reaches, and the
// bundle imports each package those modules import at their top, whether or not dev uses it. The
// packages that take a second or more to load must stay behind a dynamic import (issue 13, item 9).
import path from 'node:path';
import { rolldown } from 'rolldown';
import { expect, it } from 'vitest';
import { repoRoot } from '../harness/paths';

/** The packages the dev config's bundle imports as it loads, as Vite bundles it (one chunk, packages left out). */
async function packagesLoadedAtStart(): Promise<string[]> {
  const bundle = await rolldown({
    input: path.join(repoRoot, 'vite.config.ts'),
    platform: 'node',
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
    logLevel: 'silent',
  });
  try {
    const { output } = await bundle.generate({ format: 'esm', codeSplitting: false });
    return output[0].imports;
  } finally {
    await bundle.close();
  }
}

it('loads neither compromise nor sharp when the dev server starts', async () => {
  const loaded = await packagesLoadedAtStart();
  // The bundle does import the dev server's own plugins: the list read is the real one.
  expect(loaded).toContain('@vitejs/plugin-react');
  expect(loaded).not.toContain('compromise');
  expect(loaded).not.toContain('sharp');
});
