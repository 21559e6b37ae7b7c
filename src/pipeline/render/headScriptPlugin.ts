// Puts the head script (common/headScript.ts) inline into index.html, for builds and `npm run dev`.
import type { Plugin } from 'vite';
import { inlineHeadScript } from '../common/headScript';

export function headScriptPlugin(): Plugin {
  return { name: 'broadsheet:head-script', transformIndexHtml: { order: 'pre', handler: inlineHeadScript } };
}
