// The list row's thumbnail: the article's lead image (front matter `image`, else the body's first
// image), as its narrowest copy when the build resized it.
import type { ArticleDraft, Block, Picture } from '../../../model/article';

function firstImage(blocks: readonly Block[]): Picture | null {
  for (const block of blocks) {
    if (block.type === 'img') return block;
    if (block.type === 'quote') {
      const inner = firstImage(block.children);
      if (inner) return inner;
    }
  }
  return null;
}

/** `{ thumbnail }` to spread into a summary, or nothing when the article has no image. */
export function thumbnailOf(draft: Pick<ArticleDraft, 'caption' | 'body'>): { thumbnail?: string } {
  const lead = draft.caption?.image ?? firstImage(draft.body);
  if (!lead) return {};
  return { thumbnail: lead.variants[0]?.webp ?? lead.src };
}
