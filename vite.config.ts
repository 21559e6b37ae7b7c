// Used by `npm run dev`; builds pass the same app plugins inline (src/pipeline/render/bundle.ts).
import { defineConfig } from 'vite';
import { appPlugins } from './src/pipeline/render/appPlugins';
import { broadsheetData } from './src/pipeline/dev/vitePlugin';
import { normaliseBasePath } from './src/pipeline/build/config';

export default defineConfig({
  base: normaliseBasePath(process.env.BASE_PATH),
  plugins: [appPlugins(), broadsheetData()],
  build: { target: 'es2022', assetsInlineLimit: 0 },
});
