// An image's address on this site: a remote image's https URL as it is, or the build's copy under
// the base path (Picture.src is relative to the site root, so the same data serves any BASE_PATH).
export function imageUrl(src: string): string {
  return /^https:\/\//i.test(src) ? src : `${import.meta.env.BASE_URL}${src}`;
}
