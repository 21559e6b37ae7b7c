// `_headers` for Netlify and Cloudflare Pages, which read it from the published folder: the
// security headers on every path, and Cache-Control per path group. `_redirects` holds only the
// moved addresses (movedPages.ts): both hosts answer an unknown path with the top-level 404.html
// and status 404 on their own, and a rule with status 404 is one Cloudflare Pages rejects.
import { CACHE_RULES, SECURITY_HEADERS } from '../common/httpHeaders';
import { movedRedirectRules } from './movedPages';

function block(path: string, headers: readonly (readonly [string, string])[]): string {
  return `${path}\n${headers.map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;
}

export function hostingFiles(basePath: string): [string, string][] {
  const blocks = [
    block(`${basePath}*`, SECURITY_HEADERS),
    ...CACHE_RULES.map(({ path, cacheControl }) => block(`${basePath}${path}`, [['Cache-Control', cacheControl]])),
  ];
  return [
    ['_headers', blocks.join('\n')],
    ['_redirects', movedRedirectRules(basePath)],
  ];
}
