// Where an image a seed names comes from: an https URL, shown as given, or a file beside the seed,
// which the build resizes (emit/images/). Anything else is refused with a message, never guessed at.
import path from 'node:path';

export type ImageSource =
  | { kind: 'remote'; url: string }
  /** Relative to the seeds folder, with forward slashes. */
  | { kind: 'local'; path: string }
  | { kind: 'refused'; message: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `raw` as written in the seed `seedFile` (a path relative to the seeds folder). */
export function imageSource(seedFile: string, raw: string): ImageSource {
  const written = raw.trim();
  if (written === '') return { kind: 'refused', message: 'image is empty; left out' };
  if (SCHEME.test(written) || written.startsWith('//')) return remote(written);
  let relative = written;
  try {
    // Markdown writes a space in a path as %20.
    relative = decodeURIComponent(written);
  } catch {
    // A lone % is part of the file's name.
  }
  if (relative.startsWith('/') || relative.startsWith('\\') || relative.includes('\\')) {
    return { kind: 'refused', message: `image path "${written}" must be relative to the seed file, with /; left out` };
  }
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(seedFile), relative));
  if (joined === '..' || joined.startsWith('../')) {
    return { kind: 'refused', message: `image path "${written}" leaves the seeds folder; left out` };
  }
  return { kind: 'local', path: joined };
}

function remote(written: string): ImageSource {
  let url: URL | null = null;
  try {
    url = new URL(written);
  } catch {
    // Reported below.
  }
  if (url?.protocol === 'https:') return { kind: 'remote', url: url.href };
  // The pages' CSP allows remote images over https only (docs/decisions/0012-remote-images-by-https.md),
  // and an https site's browser would block a plain http one anyway.
  const why = url?.protocol === 'http:' ? 'is http, not https' : 'is neither an https address nor a file';
  return { kind: 'refused', message: `image "${written}" ${why}; left out` };
}
