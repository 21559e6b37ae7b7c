// Combined filters on a corpus big enough to need them: the BBC corpus when it is beside the repo,
// else a generated one. Expected results come from the build's own postings files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Article, type EntityKind, ENTITY_KINDS } from '../../src/model/article';
import { decodeAscending } from '../../src/model/compactInts';
import { dataPaths, type FacetIds, type PanelKind, type FacetValue, type Manifest } from '../../src/model/data';
import { generateCorpus } from '../../bench/generate';
import { expectNoAxeViolations } from '../harness/axe';
import { tearDown } from '../harness/tear-down';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir } from '../harness/paths';
import { serveSite, type ServedSite } from '../harness/serve-site';
import { bbcCorpusDir, hasBbcCorpus } from '../harness/shared';
import { pagesPerTest } from '../harness/test-pages';

const GENERATED_COUNT = 300;
// BROADSHEET_E2E_GENERATED=1 runs the generated variant even where the BBC corpus is present.
const useBbc = hasBbcCorpus() && !process.env.BROADSHEET_E2E_GENERATED;
const FACET_LABELS: Record<PanelKind, string> = {
  sections: 'Sections',
  people: 'People',
  places: 'Places',
  organisations: 'Organisations',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe(`combined filters on a ${useBbc ? 'BBC' : `generated ${GENERATED_COUNT}-article`} build`, () => {
  let corpusDir: string;
  let generatedDir: string | null = null;
  let outDir: string;
  let site: ServedSite;
  let browser: Browser;
  let manifest: Manifest;
  const openPage = pagesPerTest(() => browser);

  const dataFile = <T>(relative: string): T =>
    JSON.parse(readFileSync(path.join(outDir, 'data', relative), 'utf8')) as T;
  const ordinals = (kind: PanelKind, slug: string): Set<number> =>
    new Set(decodeAscending(dataFile<FacetIds>(dataPaths.facetIds(kind, slug)).ids));
  const article = (slug: string): Article => dataFile<Article>(dataPaths.article(slug));

  async function openHome(): Promise<Page> {
    const page = await openPage();
    await page.goto(site.at('/latest'));
    await expect.poll(() => page.getByRole('main').getByRole('article').count()).toBeGreaterThan(0);
    return page;
  }

  async function toggleFacet(page: Page, kind: PanelKind, value: FacetValue): Promise<void> {
    const group = page.getByRole('group', { name: FACET_LABELS[kind] });
    const box = group.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(value.name)}\\b`) });
    if ((await box.count()) === 0) await group.getByRole('button', { name: /show all/i }).click();
    await box.first().click();
  }

  /** The filter as the URL carries it: kind → sorted slugs. */
  function urlSelection(page: Page): Record<string, string[]> {
    const params = new URL(page.url()).searchParams;
    const out: Record<string, string[]> = {};
    for (const kind of Object.keys(FACET_LABELS)) {
      const values = params
        .getAll(kind)
        .flatMap((v) => v.split(','))
        .filter(Boolean);
      if (values.length > 0) out[kind] = values.sort();
    }
    return out;
  }

  /** Total from the "Showing N of M articles" line ("of 1 article" when one matches). */
  async function shownTotal(page: Page): Promise<number> {
    const line = await page
      .getByText(/Showing [\d,]+ of [\d,]+ articles?/)
      .first()
      .innerText();
    return Number(/of ([\d,]+)/.exec(line)![1]!.replace(/,/g, ''));
  }

  async function listedSlugs(page: Page): Promise<string[]> {
    const hrefs = await page
      .getByRole('main')
      .getByRole('article')
      .getByRole('heading')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    return hrefs.map((href) => href.slice(href.lastIndexOf('/') + 1));
  }

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });
    if (useBbc) {
      corpusDir = bbcCorpusDir;
    } else {
      generatedDir = makeTmpDir('e2e-generated');
      generateCorpus({ count: GENERATED_COUNT, outDir: generatedDir, seed: 42 });
      corpusDir = generatedDir;
    }
    outDir = makeTmpDir('e2e-facets');
    await buildSite({ seedsDir: corpusDir, outDir });
    manifest = dataFile<Manifest>(dataPaths.manifest());
    site = await serveSite(outDir, '/');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tearDown(browser, site, outDir, generatedDir);
  });

  it('combines two sections: only their articles, both in the URL, back and forward restore it', async () => {
    const [first, second] = manifest.sections;
    expect(first && second, 'the build has at least two sections').toBeTruthy();
    const a = first!;
    const b = second!;
    const union = new Set([...ordinals('sections', a.slug), ...ordinals('sections', b.slug)]);
    const page = await openHome();

    await toggleFacet(page, 'sections', a);
    await expect.poll(() => urlSelection(page)).toEqual({ sections: [a.slug] });
    await expect.poll(() => shownTotal(page)).toBe(a.count);

    await toggleFacet(page, 'sections', b);
    await expect.poll(() => urlSelection(page)).toEqual({ sections: [a.slug, b.slug].sort() });
    await expect.poll(() => shownTotal(page)).toBe(union.size);
    const slugs = await listedSlugs(page);
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const sections = article(slug).sections.map((s) => s.slug);
      expect(sections.includes(a.slug) || sections.includes(b.slug), `${slug} is in ${sections.join(', ')}`).toBe(true);
    }
    await expectNoAxeViolations(page, 'home with two sections selected');

    await page.reload();
    await expect.poll(() => shownTotal(page)).toBe(union.size);
    await expect.poll(() => page.getByRole('checkbox', { checked: true }).count()).toBe(2);

    await page.goBack();
    await expect.poll(() => urlSelection(page)).toEqual({ sections: [a.slug] });
    await expect.poll(() => shownTotal(page)).toBe(a.count);
    await expect.poll(() => page.getByRole('checkbox', { checked: true }).count()).toBe(1);

    await page.goForward();
    await expect.poll(() => urlSelection(page)).toEqual({ sections: [a.slug, b.slug].sort() });
    await expect.poll(() => shownTotal(page)).toBe(union.size);
  });

  it('combines a section with an entity: articles in both, both in the URL', async () => {
    // The first top entity that shares articles with some section, so the combined view is not empty.
    let choice: { section: FacetValue; kind: EntityKind; entity: FacetValue; both: number } | null = null;
    for (const kind of ENTITY_KINDS) {
      for (const entity of manifest.topEntities[kind]) {
        const mentions = ordinals(kind, entity.slug);
        for (const section of manifest.sections) {
          const both = [...ordinals('sections', section.slug)].filter((o) => mentions.has(o)).length;
          if (both > 0 && both < section.count) {
            choice = { section, kind, entity, both };
            break;
          }
        }
        if (choice) break;
      }
      if (choice) break;
    }
    expect(choice, 'an entity that shares articles with a section').not.toBeNull();
    const { section, kind, entity, both } = choice!;
    const page = await openHome();

    await toggleFacet(page, 'sections', section);
    await expect.poll(() => shownTotal(page)).toBe(section.count);
    await toggleFacet(page, kind, entity);
    await expect.poll(() => urlSelection(page)).toEqual({ sections: [section.slug], [kind]: [entity.slug] });
    await expect.poll(() => shownTotal(page)).toBe(both);
    for (const slug of await listedSlugs(page)) {
      const full = article(slug);
      expect(full.sections.map((s) => s.slug)).toContain(section.slug);
      expect(full.entities[kind].map((e) => e.slug)).toContain(entity.slug);
    }
    await expectNoAxeViolations(page, 'home with a section and an entity selected');
  });
});
