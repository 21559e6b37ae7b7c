// The Vite plugins the app itself needs, shared by vite.config.ts (dev) and the build CLI,
// which passes its config inline so it never loads the dev-only data plugin.
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import type { PluginOption } from 'vite';
import { offlinePlugins } from '../offline/pwa';
import { headScriptPlugin } from './headScriptPlugin';

export function appPlugins(): PluginOption[] {
  // The offline plugins act on the browser build only, never on the prerender (SSR) build.
  return [react(), tailwindcss(), headScriptPlugin(), ...offlinePlugins()];
}
