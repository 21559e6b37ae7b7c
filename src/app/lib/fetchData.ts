// All data reads go through one swappable reader: the browser fetches JSON over HTTP,
// the prerenderer reads the same files from disk.

/** A data file could not be read; `status` is the HTTP status, 0 for a network failure. */
export class DataError extends Error {
  readonly path: string;
  readonly status: number;

  constructor(path: string, status: number, message?: string) {
    super(message ?? `Could not load ${path} (${status === 0 ? 'network error' : `HTTP ${status}`})`);
    this.name = 'DataError';
    this.path = path;
    this.status = status;
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof DataError && error.status === 404;
}

type DataReader = (path: string) => Promise<unknown>;

/** The browser's reader: `data/<path>` over HTTP under the site's base path. */
export async function fetchReader(path: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}data/${path}`);
  } catch {
    throw new DataError(path, 0);
  }
  if (!response.ok) throw new DataError(path, response.status);
  // Static hosts with a single-page fallback answer a missing file with index.html and 200.
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw new DataError(path, 404, `Could not load ${path} (an HTML page came back instead)`);
  }
  return response.json();
}

let reader: DataReader = fetchReader;

export function setDataReader(read: (path: string) => Promise<unknown>): void {
  reader = read;
}

/** Reads a data file (path relative to the data root). The shape is the pipeline's contract in src/model/data.ts. */
export function readData<T>(path: string): Promise<T> {
  return reader(path) as Promise<T>;
}

/** Reads a data file, or null when there is none (an unknown slug). Give its query `missingIsStale`. */
export async function readDataOrNull<T>(path: string): Promise<T | null> {
  try {
    return await readData<T>(path);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/**
 * staleTime for a query that may answer null: a file that was missing may be a passing fault (a
 * deploy in progress, a host's HTML fallback), so a null is stale at once and the next page that
 * needs it asks again; anything else never goes stale within a build.
 */
export function missingIsStale(query: { state: { data: unknown } }): number {
  return query.state.data === null ? 0 : Infinity;
}
