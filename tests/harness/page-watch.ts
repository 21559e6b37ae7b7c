// Collects what went wrong while a page was open: script errors and failed requests,
// so a broken asset path (a BASE_PATH bug, say) fails the test that caused it.
import type { Page } from 'playwright-core';

export interface PageWatch {
  problems: string[];
  /** A URL pattern whose 404 the test provokes on purpose (the data file of an unknown article, say). */
  allow404: (pattern: RegExp) => void;
  /** For a page the test takes offline: its failed requests are the point, its script errors are not. */
  allowFailedRequests: () => void;
}

/** `javaScript: false` for a page opened with JavaScript off. */
export function watchPage(page: Page, { javaScript = true }: { javaScript?: boolean } = {}): PageWatch {
  const allowed: RegExp[] = [];
  let failedRequestsAllowed = false;
  const watch: PageWatch = {
    problems: [],
    allow404: (pattern) => allowed.push(pattern),
    allowFailedRequests: () => (failedRequestsAllowed = true),
  };
  page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs every 4xx as a console error too; responses are judged below instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      watch.problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    // A 404 document is expected when a test asks for an unknown page; anything else failing is not.
    if (response.status() === 404 && allowed.some((pattern) => pattern.test(response.url()))) return;
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      watch.problems.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    if (failedRequestsAllowed) return;
    // Cancelled, not failed: the page navigated away (a test's goto) while the request was in flight.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    // With JavaScript off, Chromium refuses the scripts a page preloads (reported as csp): the
    // reader needs none of them. With it on, a script CSP refuses is a failure like any other.
    if (!javaScript && new URL(request.url()).pathname.endsWith('.js') && request.failure()?.errorText === 'csp')
      return;
    watch.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  return watch;
}
