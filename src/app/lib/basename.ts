/** The router basename for a Vite base URL: "/" → "", "/news/" → "/news". */
export function basenameOf(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/** Paths compared without a trailing slash, which static hosts add or drop at will. */
export function samePath(a: string, b: string): boolean {
  const trim = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path) || '/';
  const [pathA = '', searchA = ''] = a.split('?');
  const [pathB = '', searchB = ''] = b.split('?');
  return trim(pathA) === trim(pathB) && searchA === searchB;
}
