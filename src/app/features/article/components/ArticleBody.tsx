import type { Block } from '../../../../model/article';
import { ResponsivePicture } from '../../../components/ResponsivePicture';
import { InlineContent } from './InlineContent';

interface Props {
  blocks: readonly Block[];
  /** True when the article has no front-matter image: its first body image is then the lead. */
  leadInBody: boolean;
}

type HeadingTag = 'h2' | 'h3' | 'h4';
const headingTags: Record<2 | 3 | 4, HeadingTag> = { 2: 'h2', 3: 'h3', 4: 'h4' };

/**
 * Seeds may jump heading levels (an h4 straight after the headline); each heading is
 * clamped to at most one level below the previous so the outline stays navigable.
 */
function headingLevels(blocks: readonly Block[], start: number): Map<Block, 2 | 3 | 4> {
  const levels = new Map<Block, 2 | 3 | 4>();
  let previous = start;
  const visit = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'h') {
        const level = Math.max(2, Math.min(block.level, previous + 1)) as 2 | 3 | 4;
        levels.set(block, level);
        previous = level;
      } else if (block.type === 'quote') visit(block.children);
    }
  };
  visit(blocks);
  return levels;
}

/** The body's first image, at any depth. */
function firstImage(blocks: readonly Block[]): Block | null {
  for (const block of blocks) {
    if (block.type === 'img') return block;
    const inner = block.type === 'quote' ? firstImage(block.children) : null;
    if (inner) return inner;
  }
  return null;
}

interface Shared {
  levels: Map<Block, 2 | 3 | 4>;
  lead: Block | null;
}

export function ArticleBody({ blocks, leadInBody }: Props) {
  const shared = { levels: headingLevels(blocks, 1), lead: leadInBody ? firstImage(blocks) : null };
  return <BlockList blocks={blocks} shared={shared} />;
}

function BlockList({ blocks, shared }: { blocks: readonly Block[]; shared: Shared }) {
  return blocks.map((block, i) => <BlockNode key={i} block={block} shared={shared} />);
}

function BlockNode({ block, shared }: { block: Block; shared: Shared }) {
  const { levels } = shared;
  switch (block.type) {
    case 'p':
      return (
        <p>
          <InlineContent nodes={block.children} />
        </p>
      );
    case 'h': {
      const Tag = headingTags[levels.get(block) ?? 2];
      return (
        <Tag>
          <InlineContent nodes={block.children} />
        </Tag>
      );
    }
    case 'ul':
    case 'ol': {
      const List = block.type;
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i}>
              <InlineContent nodes={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'quote':
      return (
        <blockquote>
          <BlockList blocks={block.children} shared={shared} />
        </blockquote>
      );
    case 'img':
      return (
        <figure>
          <ResponsivePicture picture={block} lead={block === shared.lead} />
        </figure>
      );
  }
}
