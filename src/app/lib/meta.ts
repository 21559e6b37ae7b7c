// Page titles and descriptions, shared by the prerenderer (<head>) and the browser (document.title).
export interface PageMeta {
  title: string;
  description: string;
}

export function pageTitle(siteTitle: string, page?: string): string {
  return page ? `${page} — ${siteTitle}` : siteTitle;
}

/** SITE_DESCRIPTION, when the build was given one, describes the home page. */
export function homeMeta(siteTitle: string, siteDescription: string | null = null): PageMeta {
  return { title: siteTitle, description: siteDescription ?? `The latest news from ${siteTitle}.` };
}

export function facetMeta(siteTitle: string, name: string): PageMeta {
  return { title: pageTitle(siteTitle, name), description: `The latest news about ${name} from ${siteTitle}.` };
}

export function articleMeta(siteTitle: string, title: string, dek: string | null): PageMeta {
  return { title: pageTitle(siteTitle, title), description: dek ?? title };
}

export function notFoundMeta(siteTitle: string): PageMeta {
  return { title: pageTitle(siteTitle, 'Page not found'), description: 'There is no page at this address.' };
}
