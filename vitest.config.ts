import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects so `npm test` can run fast tests first and the browser walk last.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        // Some unit tests read the BBC corpus or spawn the CLI: on two busy cores 5 s is not enough.
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
