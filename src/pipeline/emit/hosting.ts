// Files that let any static host serve deep links: a Netlify-style `_redirects` sending
// unknown paths to the prerendered 404 page, and `_headers` carrying the same CSP as the pages.
import { CONTENT_SECURITY_POLICY } from '../common/contentSecurityPolicy';

export function hostingFiles(basePath: string): [string, string][] {
  return [
    ['_redirects', `${basePath}*  ${basePath}404.html  404\n`],
    ['_headers', `${basePath}*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n  X-Content-Type-Options: nosniff\n`],
  ];
}
