import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { broadsheetData } from './src/pipeline/vitePlugin';
import { normaliseBasePath } from './src/pipeline/config';

export default defineConfig({
  base: normaliseBasePath(process.env.BASE_PATH),
  plugins: [react(), tailwindcss(), broadsheetData()],
  build: { target: 'es2022', assetsInlineLimit: 0 },
});
