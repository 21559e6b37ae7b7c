import type { ArticleDraft, Problem } from '../../model/article';

/** A parsed seed. The draft is null exactly when some problem is an error. */
export interface ParseResult {
  draft: ArticleDraft | null;
  problems: Problem[];
}

export function settle(draft: ArticleDraft | null, problems: Problem[]): ParseResult {
  const failed = problems.some((p) => p.severity === 'error');
  // In line order, as a reader goes through the file; sort is stable, so same-line problems keep theirs.
  return { draft: failed ? null : draft, problems: [...problems].sort((a, b) => a.line - b.line) };
}
