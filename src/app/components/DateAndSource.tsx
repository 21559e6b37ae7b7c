import { ArticleDate } from './ArticleDate';
import { DottedParts } from './DottedParts';

interface Props {
  date: string | null;
  source: string | null;
  className?: string;
}

/** An article's date and source as one line of small print; no line at all when it has neither. */
export function DateAndSource({ date, source, className }: Props) {
  if (!date && !source) return null;
  return (
    <p
      className={`flex flex-wrap gap-x-2 text-sm text-neutral-600 dark:text-neutral-400${className ? ` ${className}` : ''}`}
    >
      <DottedParts
        parts={[date && <ArticleDate key="date" date={date} />, source && <span key="source">{source}</span>]}
      />
    </p>
  );
}
