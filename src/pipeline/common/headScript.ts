// The one script inlined into every page's <head>: src/app/theme-head.js, which applies the
// theme and reading settings before first paint. Inline, not a file, so first paint waits for no
// request; the CSP allows exactly these bytes by their hash (contentSecurityPolicy.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where index.html asks for the script; render/headScriptPlugin.ts puts it there. */
export const HEAD_SCRIPT_PLACEHOLDER = '<!--theme-head-->';

/** The script's text exactly as the pages carry it between <script> and </script>. */
// A path, not `new URL(…, import.meta.url)`: jsdom's URL (component tests) resolves that against http://localhost.
export const HEAD_SCRIPT = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '../../app/theme-head.js'),
  'utf8',
);

if (/<\/script/i.test(HEAD_SCRIPT)) throw new Error('src/app/theme-head.js: must not contain "</script"');

/** A CSP source allowing the inline script: 'sha256-<base64 digest of its UTF-8 bytes>'. */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page's <head> with the script inlined in place of the placeholder. */
export function inlineHeadScript(html: string): string {
  if (!html.includes(HEAD_SCRIPT_PLACEHOLDER))
    throw new Error(`index.html: no ${HEAD_SCRIPT_PLACEHOLDER} to put the head script in`);
  return html.replace(HEAD_SCRIPT_PLACEHOLDER, () => `<script>${HEAD_SCRIPT}</script>`);
}
