// Markdown seeds: optional YAML front matter, then a CommonMark body. The headline is the front
// matter `title`, else the first `# heading` (which then leaves the body).
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { RootContent } from 'mdast';
import type { ArticleDraft, Block, Caption, ImageRef, Picture, Problem } from '../../model/article';
import type { FrontMatter } from './frontMatterSchema';
import { slugify } from '../../model/routes';
import { readDate } from './date';
import { guardMarkdown, restoreMarks } from './markdownGuard';
import { cleanByline, safeUrl, splitCaption, squash } from './fields';
import { parseFrontMatter, splitFrontMatter } from './frontMatter';
import { imageSource } from './imageSource';
import { headingText, toBlocks } from './mdastToBlocks';
import { settle, type ParseResult } from './result';

export function parseMarkdown(file: string, text: string): ParseResult {
  const { split, problems } = splitFrontMatter(file, text);
  if (problems.length > 0) return settle(null, problems);

  let meta: FrontMatter = {};
  let keyLines = new Map<string, number>();
  let frontMatterUnusable = false;
  if (split.yaml !== null) {
    const fm = parseFrontMatter(file, split.yaml, split.yamlLine);
    problems.push(...fm.problems);
    meta = fm.data ?? {};
    keyLines = fm.keyLines;
    frontMatterUnusable = fm.data === null;
  }
  const lineOf = (key: string): number => keyLines.get(key) ?? 1;

  const guarded = guardMarkdown(file, split.body, split.bodyLine);
  problems.push(...guarded.problems);
  if (guarded.problems.some((p) => p.severity === 'error')) return settle(null, problems);
  const root = fromMarkdown(guarded.body);
  if (guarded.defused) restoreMarks(root);
  const nodes: RootContent[] = root.children;
  const headline = takeHeadline(meta.title, nodes);
  const titleLine = headline.line === null ? lineOf('title') : split.bodyLine - 1 + headline.line;

  // Every field is checked before giving up on a missing headline, so one run lists all problems.
  const images: ImageRef[] = [];
  const fields = {
    dek: optionalText(meta.dek ?? meta.description),
    byline: cleanByline(meta.byline ?? meta.author ?? ''),
    date: dateOf(meta.date, file, lineOf('date'), problems),
    source: optionalText(meta.source),
    url: urlOf(meta.url, 'url', file, lineOf('url'), problems),
    topics: topicsOf(meta.topics),
    caption: captionOf(meta, file, lineOf('image'), problems, images),
  };
  if (headline.title === null) {
    // A front-matter title that failed validation, or front matter that could not be read at all,
    // is reported already; do not blame the file twice.
    const titleReported = keyLines.has('title') && problems.some((p) => p.line === lineOf('title'));
    if (!titleReported && !frontMatterUnusable)
      problems.push({ file, line: 1, message: 'no headline', severity: 'error' });
    return settle(null, problems);
  }

  const onImage = (url: string, alt: string, line: number): Block | null => {
    const picture = pictureOf(url, alt, file, split.bodyLine - 1 + line, problems, images);
    return picture && { type: 'img', ...picture };
  };
  const body = toBlocks(nodes, onImage);
  // Without a caption the headline says what the lead image shows.
  const caption = fields.caption?.image?.alt === '' ? withAlt(fields.caption, headline.title) : fields.caption;
  const draft: ArticleDraft = { file, title: headline.title, titleLine, ...fields, caption, body, images };
  return settle(draft, problems);
}

/**
 * The front-matter title, else the first `# heading`, which then leaves the body. A first heading
 * that repeats the front-matter title leaves too. `line` is the heading's body line when it gave the title.
 */
function takeHeadline(
  metaTitle: string | undefined,
  nodes: RootContent[],
): { title: string | null; line: number | null } {
  const fromMeta = squash(metaTitle ?? '');
  const index = nodes.findIndex((n) => n.type === 'heading' && n.depth === 1);
  const heading = nodes[index];
  const fromHeading = heading?.type === 'heading' ? squash(headingText(heading)) : '';
  if (fromMeta !== '') {
    if (index === 0 && fromHeading === fromMeta) nodes.splice(0, 1);
    return { title: fromMeta, line: null };
  }
  if (fromHeading === '') return { title: null, line: null };
  nodes.splice(index, 1);
  return { title: fromHeading, line: heading?.position?.start.line ?? 1 };
}

function optionalText(value: string | undefined): string | null {
  const text = squash(value ?? '');
  return text === '' ? null : text;
}

function dateOf(value: string | undefined, file: string, line: number, problems: Problem[]): string | null {
  if (value === undefined) return null;
  const reading = readDate(value);
  if (reading.ok) return reading.iso;
  problems.push({ file, line, message: reading.problem, severity: 'error' });
  return null;
}

function urlOf(value: string | undefined, key: string, file: string, line: number, problems: Problem[]): string | null {
  if (value === undefined || value.trim() === '') return null;
  const url = safeUrl(value, false);
  if (url === null) {
    problems.push({
      file,
      line,
      message: `${key} "${squash(value)}" is not an http(s) address; ignored`,
      severity: 'warning',
    });
  }
  return url;
}

function topicsOf(value: string[] | string | undefined): string[] {
  const names = (typeof value === 'string' ? value.split(',') : (value ?? [])).map(squash).filter((t) => t !== '');
  // Topics become URL slugs, so "Politics" and "politics" are one topic; the first spelling wins.
  const bySlug = new Map<string, string>();
  for (const name of names) if (!bySlug.has(slugify(name))) bySlug.set(slugify(name), name);
  return [...bySlug.values()];
}

function captionOf(
  meta: FrontMatter,
  file: string,
  imageLine: number,
  problems: Problem[],
  images: ImageRef[],
): Caption | null {
  const { text, credit } = splitCaption(meta.caption ?? '');
  const written = meta.image?.trim() ?? '';
  const image = written === '' ? null : pictureOf(written, text, file, imageLine, problems, images);
  if (text === '' && image === null) return null;
  return { text, credit, image };
}

function withAlt(caption: Caption, alt: string): Caption {
  return { ...caption, image: caption.image && { ...caption.image, alt } };
}

/** A remote image as given, or a local one still to be found by the build (its path noted in `images`). */
function pictureOf(
  written: string,
  alt: string,
  file: string,
  line: number,
  problems: Problem[],
  images: ImageRef[],
): Picture | null {
  const source = imageSource(file, written);
  if (source.kind === 'refused') {
    problems.push({ file, line, message: source.message, severity: 'warning' });
    return null;
  }
  if (source.kind === 'local') images.push({ path: source.path, line });
  const src = source.kind === 'local' ? source.path : source.url;
  return { src, alt, width: null, height: null, variants: [] };
}
