import type { ArticleDraft, Problem } from '../../model/article';

/** A parsed seed. The draft is null exactly when some problem is an error. */
export interface ParseResult {
  draft: ArticleDraft | null;
  problems: Problem[];
}

export function settle(draft: ArticleDraft | null, problems: Problem[]): ParseResult {
  const failed = problems.some((p) => p.severity === 'error');
  return { draft: failed ? null : draft, problems };
}
