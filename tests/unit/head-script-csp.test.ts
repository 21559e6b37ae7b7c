// The one inline script of every page runs only because the CSP names its hash: the hash must be
// that of the very bytes index.html carries once the head script is put in.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/pipeline/common/contentSecurityPolicy';
import { inlineHeadScript } from '../../src/pipeline/common/headScript';
import { HEADER_CONTENT_SECURITY_POLICY } from '../../src/pipeline/common/httpHeaders';
import { fillTemplate } from '../../src/pipeline/render/renderPages';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const indexHtml = readFileSync(path.join(repoRoot, 'index.html'), 'utf8');

/** The text of each inline classic script (no src, no type) in a page. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;
}

function scriptSrc(policy: string): string[] {
  const directive = policy.split('; ').find((d) => d.startsWith('script-src '));
  return directive?.split(' ').slice(1) ?? [];
}

describe('the inline head script and the CSP', () => {
  const page = fillTemplate(inlineHeadScript(indexHtml), { head: '', lang: 'en', html: '', state: '{}' });
  const scripts = inlineScripts(page);

  it('puts src/app/theme-head.js into the page unchanged, as its only inline script', () => {
    expect(scripts).toEqual([readFileSync(path.join(repoRoot, 'src/app/theme-head.js'), 'utf8')]);
  });

  it("allows that script by its sha256 in the page's meta CSP and the header CSP, and nothing else inline", () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    for (const policy of [CONTENT_SECURITY_POLICY, HEADER_CONTENT_SECURITY_POLICY]) {
      expect(scriptSrc(policy)).toEqual(["'self'", sha256Source(scripts[0]!)]);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).toContain("style-src 'self';");
    }
  });

  it('fails the build when index.html has no place for the script', () => {
    expect(() => inlineHeadScript('<html><head></head></html>')).toThrow(/index.html: no <!--theme-head-->/);
  });
});
