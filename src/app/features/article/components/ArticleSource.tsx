import { webHref } from '../../../../model/safeHref';

interface Props {
  source: string | null;
  url: string | null;
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

export function ArticleSource({ source, url }: Props) {
  const href = url ? webHref(url) : null;
  const label = source ?? (href ? hostOf(href) : null);
  if (!label) return null;
  return (
    <span>
      Source:{' '}
      {href ? (
        <a
          href={href}
          rel="noopener noreferrer"
          className="underline underline-offset-2 hover:text-neutral-900 dark:hover:text-white"
        >
          {label}
        </a>
      ) : (
        label
      )}
    </span>
  );
}
