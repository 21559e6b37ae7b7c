// mdast → the model's Block/Inline. Seeds are text, never markup: raw HTML comes through as its
// literal source text and only http(s)/mailto links stay links. An image in a paragraph becomes an
// image block when the caller's hook accepts it; elsewhere (lists, headings) it is its alt text.
import type { Heading, Image, ImageReference, Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline } from '../../model/article';
import { safeUrl } from './fields';
import { walk } from './mdastWalk';

type Definitions = Map<string, string>;

/** An image block for `![alt](url)` on body line `line`, or null to keep its alt text instead. */
export type ImageHook = (url: string, alt: string, line: number) => Block | null;

interface Context {
  defs: Definitions;
  image: ImageHook;
}

const ALT_TEXT_ONLY: ImageHook = () => null;

const HEADING_LEVELS: Record<number, 2 | 3 | 4> = { 1: 2, 2: 2, 3: 3, 4: 4, 5: 4, 6: 4 };
// `> > > …` or `*_*_…` can nest thousands deep in a few kilobytes; below this depth a subtree
// becomes its plain text, so neither this converter nor the app's renderer recurses without bound.
const MAX_NESTING = 16;

export function toBlocks(nodes: RootContent[], image: ImageHook = ALT_TEXT_ONLY): Block[] {
  return blocksOf(nodes, { defs: collectDefinitions(nodes), image }, 0);
}

/** The text a reader sees in a heading, for a headline taken from `# heading`. */
export function headingText(node: Heading): string {
  return plainText(node);
}

function blocksOf(nodes: RootContent[], ctx: Context, depth: number): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        paragraph(blocks, node.children, ctx, depth);
        break;
      case 'heading': {
        const children = tidy(phrasing(node.children, ctx, depth));
        if (children.length > 0) blocks.push({ type: 'h', level: HEADING_LEVELS[node.depth] ?? 4, children });
        break;
      }
      case 'code':
        if (node.value.trim() !== '') blocks.push({ type: 'p', children: [{ type: 'code', children: [node.value] }] });
        break;
      case 'html':
        pushText(blocks, tidy([node.value]));
        break;
      case 'blockquote': {
        const children = depth < MAX_NESTING ? blocksOf(node.children, ctx, depth + 1) : flat(node);
        if (children.length > 0) blocks.push({ type: 'quote', children });
        break;
      }
      case 'list': {
        const items = node.children.flatMap((item) => listItems(item.children, ctx, depth + 1));
        if (items.length > 0) blocks.push({ type: node.ordered ? 'ol' : 'ul', items });
        break;
      }
      case 'thematicBreak':
      case 'definition':
        // No text to show: a rule, or the target of a reference link resolved elsewhere.
        break;
      default:
        pushText(blocks, tidy([plainText(node)]));
    }
  }
  return blocks;
}

/** One item per list item; a nested list's items follow their parent as items of their own. */
function listItems(children: RootContent[], ctx: Context, depth: number): Inline[][] {
  const own: Inline[] = [];
  const nested: Inline[][] = [];
  for (const child of children) {
    if (child.type === 'list' && depth < MAX_NESTING) {
      // A loop, not push(...items): spreading 200,000 items as arguments overflows the stack.
      for (const item of child.children)
        for (const inner of listItems(item.children, ctx, depth + 1)) nested.push(inner);
    } else {
      if (own.length > 0) own.push(' ');
      for (const inline of depth < MAX_NESTING ? inlinesOf(child, ctx, depth + 1) : [plainText(child)])
        own.push(inline);
    }
  }
  const item = tidy(own);
  return item.length > 0 ? [item, ...nested] : nested;
}

function inlinesOf(node: Nodes, ctx: Context, depth: number): Inline[] {
  if (depth >= MAX_NESTING) return [plainText(node)];
  switch (node.type) {
    case 'text':
      return [node.value.replace(/\s*\n\s*/g, ' ')];
    case 'html':
      return [node.value];
    case 'inlineCode':
    case 'code':
      return [{ type: 'code', children: [node.value] }];
    case 'break':
      return [' '];
    case 'emphasis':
    case 'strong': {
      const children = merge(phrasing(node.children, ctx, depth + 1));
      return children.length > 0 ? [{ type: node.type === 'emphasis' ? 'em' : 'strong', children }] : [];
    }
    case 'link':
      return link(node.url, node.children, ctx, depth);
    case 'linkReference':
      return link(ctx.defs.get(node.identifier) ?? '', node.children, ctx, depth);
    case 'image':
    case 'imageReference':
      return node.alt ? [node.alt] : [];
    default:
      return 'children' in node ? node.children.flatMap((c) => inlinesOf(c, ctx, depth + 1)) : [];
  }
}

function link(url: string, children: PhrasingContent[], ctx: Context, depth: number): Inline[] {
  const text = merge(phrasing(children, ctx, depth + 1));
  const href = safeUrl(url, true);
  if (!href) return text;
  return [{ type: 'a', href, children: text.length > 0 ? text : [url.trim()] }];
}

/** A paragraph's text, cut into separate paragraphs around each image the hook turns into a block. */
function paragraph(blocks: Block[], children: PhrasingContent[], ctx: Context, depth: number): void {
  let run: PhrasingContent[] = [];
  for (const child of children) {
    const block = child.type === 'image' || child.type === 'imageReference' ? imageBlock(child, ctx) : null;
    if (block === null) {
      run.push(child);
      continue;
    }
    pushText(blocks, tidy(phrasing(run, ctx, depth)));
    blocks.push(block);
    run = [];
  }
  pushText(blocks, tidy(phrasing(run, ctx, depth)));
}

function imageBlock(node: Image | ImageReference, ctx: Context): Block | null {
  const url = node.type === 'image' ? node.url : ctx.defs.get(node.identifier);
  if (url === undefined) return null;
  return ctx.image(url, (node.alt ?? '').replace(/\s+/g, ' ').trim(), node.position?.start.line ?? 1);
}

function phrasing(children: PhrasingContent[], ctx: Context, depth: number): Inline[] {
  return children.flatMap((c) => inlinesOf(c, ctx, depth));
}

/** A too-deep quote's content as plain paragraphs, one per paragraph-like node found. */
function flat(node: Nodes): Block[] {
  const blocks: Block[] = [];
  walk(node, (n) => {
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'code' || n.type === 'html') {
      pushText(blocks, tidy([plainText(n)]));
      return false;
    }
    return true;
  });
  return blocks;
}

/** The text of a subtree, without recursion, so any depth is safe. */
function plainText(node: Nodes): string {
  const parts: string[] = [];
  walk(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'code' || n.type === 'html') parts.push(n.value);
    else if ((n.type === 'image' || n.type === 'imageReference') && n.alt) parts.push(n.alt);
    else if (n.type === 'break') parts.push(' ');
    return true;
  });
  return parts.join('').replace(/\s*\n\s*/g, ' ');
}

function collectDefinitions(nodes: RootContent[]): Definitions {
  const defs: Definitions = new Map();
  for (const node of nodes) {
    walk(node, (n) => {
      // The first definition of a label wins, as in CommonMark.
      if (n.type === 'definition' && !defs.has(n.identifier)) defs.set(n.identifier, n.url);
      return true;
    });
  }
  return defs;
}

function pushText(blocks: Block[], children: Inline[]): void {
  if (children.length > 0) blocks.push({ type: 'p', children });
}

/** Adjacent strings joined, empty strings dropped, outer whitespace of the block trimmed. */
function tidy(inlines: Inline[]): Inline[] {
  const merged = merge(inlines);
  const first = merged[0];
  if (typeof first === 'string') merged[0] = first.trimStart();
  const lastIndex = merged.length - 1;
  const last = merged[lastIndex];
  if (typeof last === 'string') merged[lastIndex] = last.trimEnd();
  return merged.filter((i) => i !== '');
}

function merge(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const prev = out[out.length - 1];
    if (typeof inline === 'string' && typeof prev === 'string') out[out.length - 1] = prev + inline;
    else if (inline !== '') out.push(inline);
  }
  return out;
}
