import type { Nodes } from 'mdast';

/** Depth-first, document order, with an explicit stack so any depth is safe; `visit` returns false to skip children. */
export function walk(root: Nodes, visit: (node: Nodes) => boolean): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) && 'children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
}
