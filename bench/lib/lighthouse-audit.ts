// One page audited N times by Lighthouse, reduced to medians and the audits that did not pass.
import type { RunnerResult } from 'lighthouse';
import { median, round } from './stats';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** Issue 13's bar for every audited page, on the medians. */
const TARGET = { score: 100, fcpMs: 1000, lcpMs: 1200, tbtMs: 30, cls: 0 };

export interface PageAudit {
  url: string;
  /** Category scores out of 100, median of the runs. */
  scores: Record<Category, number>;
  /** Each run's performance score, to show the spread. */
  performanceRuns: number[];
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferBytes: number;
  /** Lighthouse's measure of this machine's speed (higher is faster): it moves with the load. */
  benchmarkIndex: number;
  /** Scored audits below 1 in any run, by category, with their titles. */
  notPassing: Partial<Record<Category, string[]>>;
  runWarnings: string[];
  meetsTarget: boolean;
}

type Lhr = RunnerResult['lhr'];

function numeric(lhr: Lhr, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  if (value === undefined) throw new Error(`${lhr.finalDisplayedUrl}: Lighthouse gave no value for ${audit}`);
  return value;
}

const SCORED = new Set(['binary', 'numeric', 'metricSavings']);

/** Audits of a category that are scored and scored below 1, as 'id: title (value)'. */
function failing(lhr: Lhr, category: Category): string[] {
  return lhr.categories[category]!.auditRefs.flatMap(({ id }) => {
    const audit = lhr.audits[id]!;
    if (!SCORED.has(audit.scoreDisplayMode) || audit.score === null || audit.score >= 1) return [];
    return [`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`];
  });
}

export async function auditPage(
  url: string,
  runs: number,
  run: (url: string) => Promise<RunnerResult | undefined>,
): Promise<PageAudit> {
  const lhrs: Lhr[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await run(url);
    if (!result) throw new Error(`${url}: Lighthouse returned no result`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    lhrs.push(result.lhr);
  }
  const mid = (value: (lhr: Lhr) => number, digits = 0): number => round(median(lhrs.map(value)), digits);
  const score = (lhr: Lhr, category: Category): number => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, mid((lhr) => score(lhr, c))])) as Record<
    Category,
    number
  >;
  const notPassing: PageAudit['notPassing'] = {};
  for (const category of CATEGORIES) {
    // One line per audit, from the first run it failed in.
    const byId = new Map<string, string>();
    for (const line of lhrs.flatMap((lhr) => failing(lhr, category))) {
      const id = line.slice(0, line.indexOf(':'));
      if (!byId.has(id)) byId.set(id, line);
    }
    if (byId.size > 0) notPassing[category] = [...byId.keys()].sort().map((id) => byId.get(id)!);
  }
  const audit: Omit<PageAudit, 'meetsTarget'> = {
    url,
    scores,
    performanceRuns: lhrs.map((lhr) => score(lhr, 'performance')),
    fcpMs: mid((lhr) => numeric(lhr, 'first-contentful-paint')),
    lcpMs: mid((lhr) => numeric(lhr, 'largest-contentful-paint')),
    tbtMs: mid((lhr) => numeric(lhr, 'total-blocking-time')),
    cls: mid((lhr) => numeric(lhr, 'cumulative-layout-shift'), 4),
    transferBytes: mid((lhr) => numeric(lhr, 'total-byte-weight')),
    benchmarkIndex: mid((lhr) => lhr.environment.benchmarkIndex),
    notPassing,
    runWarnings: [...new Set(lhrs.flatMap((lhr) => lhr.runWarnings))],
  };
  const meetsTarget =
    CATEGORIES.every((c) => scores[c] >= TARGET.score) &&
    audit.fcpMs <= TARGET.fcpMs &&
    audit.lcpMs <= TARGET.lcpMs &&
    audit.tbtMs <= TARGET.tbtMs &&
    audit.cls <= TARGET.cls;
  return { ...audit, meetsTarget };
}
