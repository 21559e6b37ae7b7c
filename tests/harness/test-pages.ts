// Browser pages owned by one test. Every page is watched for script errors and failed requests, and
// when the test ends its pages close and the test fails on what they saw: each test answers for its
// own pages, so it passes or fails the same whether it runs alone or after the others.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { watchPage, type PageWatch } from './page-watch';

const ACTION_TIMEOUT_MS = 15_000;

/**
 * Opens a page in a fresh browser context (its own storage). `watch` adjusts the page's watch
 * (allow an expected 404, say), or is false for a page whose requests the test fails on purpose.
 */
export type OpenPage = (options?: BrowserContextOptions, watch?: false | ((watch: PageWatch) => void)) => Promise<Page>;

/** Call in a describe block: registers the check after each of its tests and returns `open`. */
export function pagesPerTest(browser: () => Browser, defaults: BrowserContextOptions = {}): OpenPage {
  let contexts: BrowserContext[] = [];
  let watches: PageWatch[] = [];

  afterEach(async () => {
    const problems = watches.flatMap((w) => w.problems);
    const closing = contexts;
    contexts = [];
    watches = [];
    for (const context of closing) await context.close().catch(() => undefined);
    expect(problems, "script errors or failed requests on this test's pages").toEqual([]);
  });

  return async (options = {}, watch = () => undefined) => {
    const context = await browser().newContext({ ...defaults, ...options });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    contexts.push(context);
    const page = await context.newPage();
    if (watch) {
      const pageWatch = watchPage(page, { javaScript: options.javaScriptEnabled !== false });
      watch(pageWatch);
      watches.push(pageWatch);
    }
    return page;
  };
}
