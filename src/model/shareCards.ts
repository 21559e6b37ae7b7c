// Share cards: the images link previews show for pages without an image of their own. The build
// writes them (pipeline/emit/shareCards.ts) and the pages name them in og:image, so both read
// their paths and size from here.

/** Open Graph's recommended large-image size; every card is exactly this. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * A section's card, or the site's for null, relative to the site root. Sections sit a folder
 * below the site card, so no section slug can name the site card's file.
 */
export function shareCardPath(sectionSlug: string | null): string {
  return sectionSlug === null ? 'cards/site.png' : `cards/sections/${sectionSlug}.png`;
}

/** The words a card shows, which are also its alt text: the site's title and the section's name. */
export function shareCardAlt(siteTitle: string, sectionName: string | null): string {
  return sectionName === null ? siteTitle : `${siteTitle}: ${sectionName}`;
}
