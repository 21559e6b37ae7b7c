// Page titles and descriptions, shared by the prerenderer (<head>) and the browser (document.title).
export interface PageMeta {
  title: string;
  description: string;
}

export function pageTitle(siteTitle: string, page?: string): string {
  return page ? `${page} — ${siteTitle}` : siteTitle;
}

/** Numbered pages of a list (2, 3, …) say which page they are, so no two pages share a title. */
function numbered(text: string, page: number): string {
  return page > 1 ? `${text}, page ${page}` : text;
}

/** SITE_DESCRIPTION, when the build was given one, describes the front page. */
export function homeMeta(siteTitle: string, siteDescription: string | null = null): PageMeta {
  return { title: siteTitle, description: siteDescription ?? `The latest news from ${siteTitle}.` };
}

/** The latest list (`/latest`) and its numbered pages. */
export function latestMeta(siteTitle: string, page = 1): PageMeta {
  return {
    title: pageTitle(siteTitle, numbered('Latest news', page)),
    description: `${numbered('The latest news', page)} from ${siteTitle}, newest first.`,
  };
}

export function facetMeta(siteTitle: string, name: string, page = 1): PageMeta {
  return {
    title: pageTitle(siteTitle, numbered(name, page)),
    description: `${numbered(`The latest news about ${name}`, page)} from ${siteTitle}.`,
  };
}

export function articleMeta(siteTitle: string, title: string, dek: string | null): PageMeta {
  return { title: pageTitle(siteTitle, title), description: dek ?? title };
}

export function storyMeta(siteTitle: string, title: string, count: number): PageMeta {
  return { title: pageTitle(siteTitle, `Story: ${title}`), description: `${count} articles in this story: ${title}.` };
}

export function notFoundMeta(siteTitle: string): PageMeta {
  return { title: pageTitle(siteTitle, 'Page not found'), description: 'There is no page at this address.' };
}
