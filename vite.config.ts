// Used by `npm run dev`; builds pass the same app plugins inline (src/pipeline/bundle.ts).
import { defineConfig } from 'vite';
import { appPlugins } from './src/pipeline/appPlugins';
import { broadsheetData } from './src/pipeline/vitePlugin';
import { normaliseBasePath } from './src/pipeline/config';

export default defineConfig({
  base: normaliseBasePath(process.env.BASE_PATH),
  plugins: [appPlugins(), broadsheetData()],
  build: { target: 'es2022', assetsInlineLimit: 0 },
});
