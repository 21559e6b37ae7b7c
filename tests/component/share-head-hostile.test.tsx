// Every XSS payload of ../shared/security as an article's headline, dek and byline: the whole
// prerendered page (template filled) holds one JSON-LD block that parses to exactly those texts,
// no payload appears raw anywhere in the HTML, and no script element appears beyond the page's own.
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../src/app/entry-server';
import { fillTemplate } from '../../src/pipeline/render/renderPages';
import { securityList, sharedDir, skipNote } from '../harness/shared';
import { buildSiteData } from './support/site';
import path from 'node:path';

const LISTS = ['xss_payloads_quick.txt', 'XSS_Polyglots.txt', 'IntrudersXSS.txt'];
const payloads = LISTS.flatMap((name) => securityList(name) ?? []);
const securityDir = path.join(sharedDir, 'security');

const TEMPLATE =
  '<!doctype html><html lang="en"><head><!--app-head--><script src="/theme.js"></script></head>' +
  '<body><div id="root"><!--app-html--></div><!--app-state--></body></html>';

describe.skipIf(payloads.length === 0)(
  `JSON-LD and head tags with hostile article text${skipNote(securityDir)}`,
  () => {
    it(`stay data for each of ${payloads.length} payloads`, { timeout: 120_000 }, async () => {
      const specs = payloads.map((payload, i) => ({
        title: payload,
        slug: `p${i}`,
        dek: payload,
        byline: payload,
        date: '2025-01-02',
        sections: ['Politics'],
      }));
      const files = buildSiteData(specs, 'The Gazette', 'https://example.org/');
      const readData = async (file: string): Promise<unknown> => {
        if (!files.has(file)) throw new Error(`ENOENT: ${file}`);
        return structuredClone(files.get(file));
      };
      for (const [i, payload] of payloads.entries()) {
        const page = await renderRoute(`/articles/p${i}`, { basename: '', readData });
        expect(page.status, payload).toBe(200);
        const html = fillTemplate(TEMPLATE, page);
        // Only '<' starts markup anywhere in a page, so text holding one is never raw. The JSON-LD
        // holds none of '<>&' at all; the head's tags escape those and '"'. Inside a script element
        // (the JSON-LD, the state) '"' is JSON's own, escaped as \", and '>' and '&' are inert.
        if (payload.includes('<')) expect(html.includes(payload), payload).toBe(false);
        const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!;
        expect(ld, payload).not.toMatch(/[<>&\u2028\u2029]/);
        const tags = html.slice(0, html.indexOf('</head>')).replace(ld, '');
        if (/[<>&"]/.test(payload)) expect(tags.includes(payload), payload).toBe(false);
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const scripts = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('type') ?? s.getAttribute('src'));
        expect(scripts, payload).toEqual(['application/ld+json', '/theme.js', 'application/json']);
        const graph = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent) as {
          '@graph': Record<string, unknown>[];
        };
        const [news, crumbs] = graph['@graph'];
        expect(news, payload).toMatchObject({
          '@type': 'NewsArticle',
          headline: payload,
          description: payload,
          author: { name: payload },
        });
        expect((crumbs!.itemListElement as { name: string }[]).at(-1)!.name, payload).toBe(payload);
        const og = doc.querySelector('meta[property="og:title"]')!.getAttribute('content');
        expect(og, payload).toBe(payload);
        expect(doc.title, payload).toBe(`${payload} — The Gazette`.replace(/\s+/g, ' ').trim());
      }
    });
  },
);
