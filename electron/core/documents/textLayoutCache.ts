/**
 * Text layout kept from one letter to the next. Most of react-pdf's time on a letter is the text engine's work on
 * each text (bidi, shaping, line breaking, justification), and letters repeat their texts: the sender, the payment
 * block, the closing, the footer, the table headings, the whole letter again when only its date or tone changes.
 *
 * react-pdf lays a text out only when its node has no `lines` yet (its measure function). So before layout, a text
 * seen before gets the lines it had; after layout, the lines of every text are kept. Only texts whose own style
 * fixes their width, size and line height are kept (the document gives every body text an explicit width): for
 * those, the text and the style decide the lines, whatever is around them (their ancestors' styles are constants
 * of the document, the page and the font). A kept layout is checked to have been made at the width its style
 * says; a text laid out at another width (squeezed by its parent) is not kept.
 */

const KEY = 'relanceTextKey';
const MAX_ENTRIES = 20_000;

interface TextNode {
  type?: string;
  value?: string;
  style?: unknown;
  box?: { width?: number };
  lines?: unknown[];
  children?: TextNode[];
  [KEY]?: string;
}

export class TextLayoutCache {
  private readonly entries = new Map<string, unknown[]>();
  hits = 0;
  misses = 0;

  /** Before layout: marks the cacheable texts of react-pdf's instance tree and gives the known ones their lines. */
  prepare(root: unknown): void {
    walk(root as TextNode, (node) => {
      const key = cacheKey(node);
      if (key === null) return;
      node[KEY] = key;
      const lines = this.entries.get(key);
      if (lines) {
        node.lines = lines.slice();
        this.hits += 1;
      } else {
        this.misses += 1;
      }
    });
  }

  /** After layout: keeps the lines of the marked texts laid out at the width their style gives. */
  keep(layout: unknown): void {
    walk(layout as TextNode, (node) => {
      const key = node[KEY];
      if (key === undefined || this.entries.has(key) || !Array.isArray(node.lines)) return;
      const styleWidth = (node.style as { width?: unknown } | undefined)?.width;
      if (typeof styleWidth !== 'number' || typeof node.box?.width !== 'number' || Math.abs(node.box.width - styleWidth) > 0.01) return;
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, node.lines.slice());
    });
  }
}

function walk(node: TextNode | undefined, visit: (node: TextNode) => void): void {
  if (!node || typeof node !== 'object') return;
  if (node.type === 'TEXT') {
    visit(node);
    return;
  }
  if (Array.isArray(node.children)) for (const child of node.children) walk(child, visit);
}

/** The text's own style and content, when the style fixes its width, font size and line height; null otherwise. */
function cacheKey(node: TextNode): string | null {
  const children = node.children ?? [];
  if (children.length === 0 || !children.every((c) => c.type === 'TEXT_INSTANCE' && typeof c.value === 'string')) return null;
  const style = flatten(node.style);
  if (typeof style.width !== 'number' || typeof style.fontSize !== 'number' || typeof style.lineHeight !== 'number') return null;
  return `${JSON.stringify(style)}\u0000${children.map((c) => c.value).join('')}`;
}

function flatten(style: unknown): Record<string, unknown> {
  if (Array.isArray(style)) return Object.assign({}, ...style.map(flatten));
  return style && typeof style === 'object' ? (style as Record<string, unknown>) : {};
}
