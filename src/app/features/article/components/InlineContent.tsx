import type { Inline } from '../../../../model/article';
import { safeHref } from '../../../../model/safeHref';

interface Props {
  nodes: readonly Inline[];
}

/** Inline text as React nodes: strings stay text, so markup in a seed is shown, never run. */
export function InlineContent({ nodes }: Props) {
  return nodes.map((node, i) => <InlineNode key={i} node={node} />);
}

function InlineNode({ node }: { node: Inline }) {
  if (typeof node === 'string') return node;
  const children = <InlineContent nodes={node.children} />;
  switch (node.type) {
    case 'em':
      return <em>{children}</em>;
    case 'strong':
      return <strong>{children}</strong>;
    case 'code':
      return <code>{children}</code>;
    case 'a': {
      const href = safeHref(node.href);
      return href ? (
        <a href={href} rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        children
      );
    }
  }
}
