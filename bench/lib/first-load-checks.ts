// The first-load targets: issue 13's budgets for every page kind, and flatness in corpus size.
import { PAGE_KINDS, worstFirstLoad, type FirstLoads, type PageKind } from './first-load-pages';
import { round } from './stats';

const JS_BUDGET_BYTES = 90 * 1024;
const JS_CSS_BUDGET_BYTES = 100 * 1024;
const FLAT_TOLERANCE = 1.1;

export interface FirstLoadCheck {
  check: string;
  pass: boolean;
  target: 'issue 4' | 'issue 13';
  worstKB?: number;
  worstRatio?: number;
  worstPage?: PageKind;
}

/**
 * `ratios` keyed "<corpus>/seed". The search page is left out of flatness: its first load includes
 * the index shards its query reads, which grow with the corpus by design (issue 4 bounds them).
 */
export function firstLoadChecks(
  corpora: FirstLoads[],
  ratios: Record<string, Record<PageKind, number | null>>,
): FirstLoadCheck[] {
  if (corpora.length === 0) return [];
  const worst = corpora.map(worstFirstLoad);
  const js = Math.max(...worst.map((w) => w.js));
  const jsCss = Math.max(...worst.map((w) => w.jsCss));
  const checks: FirstLoadCheck[] = [
    {
      check: 'JS on first load ≤ 90 kB gzip (every corpus, every page kind)',
      target: 'issue 13',
      worstKB: round(js / 1024, 1),
      pass: js <= JS_BUDGET_BYTES,
    },
    {
      check: 'JS + CSS on first load ≤ 100 kB gzip (every corpus, every page kind)',
      target: 'issue 13',
      worstKB: round(jsCss / 1024, 1),
      pass: jsCss <= JS_CSS_BUDGET_BYTES,
    },
  ];
  for (const [key, byPage] of Object.entries(ratios)) {
    const measured = PAGE_KINDS.filter((kind) => kind !== 'search').flatMap((kind) => {
      const ratio = byPage[kind];
      return ratio === null ? [] : [{ kind, ratio }];
    });
    if (measured.length === 0) continue;
    const top = measured.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    checks.push({
      check: `first-load bytes of every page kind but search ${key} within 10%`,
      target: 'issue 13',
      worstRatio: top.ratio,
      worstPage: top.kind,
      pass: top.ratio <= FLAT_TOLERANCE,
    });
  }
  return checks;
}
