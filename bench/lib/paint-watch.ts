// Milliseconds from a reader's action to the updated view being painted, measured in the page
// with performance.now(): the clock starts at the Enter key or the click (capture phase, before
// the app sees it) and stops one animation frame plus a task after the DOM first shows the
// finished view, i.e. after that frame has been painted.
import type { Page } from 'playwright-core';

export interface PaintCondition {
  /** What starts the clock. */
  trigger: 'enter' | 'click';
  /** CSS selector of the region that must be settled: no skeleton (role=status), nothing aria-busy. */
  region: string;
  /** CSS selector of the line that summarises the view (a count). */
  summary: string;
  /** The summary must contain this text... */
  summaryHas?: string;
  /** ...and/or differ from this text (the summary before the action). */
  summaryNot?: string;
  /** An active-filter chip (by its aria-label) that must be shown or gone. */
  chip?: { label: string; present: boolean };
}

export interface Painted {
  ms: number;
  summary: string;
  rows: number;
}

// Plain JavaScript run in the page: a string, so the TypeScript runner cannot add helpers to it.
const WATCH_SOURCE = `(opts) => new Promise((resolve, reject) => {
  let t0 = null;
  let fired = false;
  const ready = () => {
    const root = document.querySelector(opts.region);
    if (!root) return false;
    if (root.querySelector('[role="status"]') || root.querySelector('[aria-busy="true"]')) return false;
    const summary = (document.querySelector(opts.summary)?.textContent ?? '').trim();
    if (!summary) return false;
    if (opts.summaryHas !== undefined && !summary.includes(opts.summaryHas)) return false;
    if (opts.summaryNot !== undefined && summary === opts.summaryNot) return false;
    if (opts.chip) {
      const shown = [...root.querySelectorAll('button[aria-label]')].some((b) => b.getAttribute('aria-label') === opts.chip.label);
      if (shown !== opts.chip.present) return false;
    }
    return true;
  };
  const observer = new MutationObserver(() => check());
  const timer = setTimeout(() => {
    observer.disconnect();
    reject(new Error('view not painted within 60 s; summary: ' + (document.querySelector(opts.summary)?.textContent ?? '(none)')));
  }, 60000);
  const check = () => {
    if (t0 === null || fired || !ready()) return;
    fired = true;
    observer.disconnect();
    clearTimeout(timer);
    requestAnimationFrame(() => setTimeout(() => {
      const root = document.querySelector(opts.region);
      resolve({
        ms: performance.now() - t0,
        summary: (document.querySelector(opts.summary)?.textContent ?? '').trim(),
        rows: root ? root.querySelectorAll('[data-article-row]').length : 0,
      });
    }, 0));
  };
  const start = (event) => {
    if (t0 !== null) return;
    if (opts.trigger === 'enter' && event.key !== 'Enter') return;
    t0 = performance.now();
    window.removeEventListener(opts.trigger === 'enter' ? 'keydown' : 'click', start, true);
  };
  window.addEventListener(opts.trigger === 'enter' ? 'keydown' : 'click', start, true);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
})`;

/** Arms the watcher before the action; await the returned function after it. */
export async function armPaintWatch(page: Page, condition: PaintCondition): Promise<() => Promise<Painted>> {
  await page.evaluate(`window.__benchPainted = (${WATCH_SOURCE})(${JSON.stringify(condition)}); 0`);
  return () => page.evaluate('window.__benchPainted') as Promise<Painted>;
}

/** The app has hydrated once React has attached its props to a prerendered element. */
export async function waitForHydration(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return !!el && Object.keys(el).some((k) => k.startsWith('__reactProps')); })()`,
  );
}

export async function summaryText(page: Page, selector: string): Promise<string> {
  const text = await page.evaluate(`(document.querySelector(${JSON.stringify(selector)})?.textContent ?? '').trim()`);
  return String(text);
}
