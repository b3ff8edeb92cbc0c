import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { MarkupElement } from './element';

export type XmlTree =
  | { readonly ok: true; readonly root: MarkupElement }
  | { readonly ok: false; readonly line: number; readonly message: string };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  // Amounts stay the exact text the bank wrote: never numbers, never floats.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type OrderedNode = Record<string, unknown>;

function isNodeList(value: unknown): value is OrderedNode[] {
  return Array.isArray(value);
}

function toElements(nodes: readonly OrderedNode[]): { children: MarkupElement[]; text: string } {
  const children: MarkupElement[] = [];
  let text = '';
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@') continue;
      if (key === '#text') {
        text += typeof value === 'string' ? value : String(value);
        continue;
      }
      const inner = toElements(isNodeList(value) ? value : []);
      const attributes: Record<string, string> = {};
      const raw = node[':@'];
      if (raw && typeof raw === 'object') {
        for (const [name, attr] of Object.entries(raw)) {
          if (typeof attr === 'string') attributes[name] = attr;
        }
      }
      children.push({ name: key, attributes, text: inner.text, children: inner.children });
    }
  }
  return { children, text };
}

/**
 * Parses XML with fast-xml-parser into plain elements (namespace prefixes dropped, values
 * kept as text). The document is validated first, so broken XML is refused with the line
 * the parser stopped at instead of being read half-way.
 */
export function parseXmlTree(text: string): XmlTree {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, line: valid.err.line, message: valid.err.msg };
  const parsed: unknown = parser.parse(text);
  const { children } = toElements(isNodeList(parsed) ? parsed : []);
  return { ok: true, root: { name: '#document', attributes: {}, text: '', children } };
}
