import type { MarkupElement } from './element';

interface OpenElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  text: string;
  readonly children: OpenElement[];
}

export type SgmlTree =
  | { readonly ok: true; readonly root: MarkupElement }
  /** `tag` is the aggregate that opened and was never closed. */
  | { readonly ok: false; readonly tag: string };

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** `&amp;`, `&lt;`, `&#233;`, `&#xE9;`; an unknown name is left as it is. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function element(name: string): OpenElement {
  return { name, attributes: {}, text: '', children: [] };
}

/**
 * Reads the body of an OFX 1.x file (SGML). Leaf elements carry a value and have no end
 * tag (`<TRNAMT>-12.50`); aggregates hold other elements and must be closed
 * (`</STMTTRN>`). An end tag closes the nearest open element of its name: anything still
 * open inside it was an empty leaf, unless it holds elements — then an aggregate's end
 * tag is missing and the file is refused, naming that aggregate. Leaves that are closed
 * anyway (`<CODE>0</CODE>`, as some banks and every OFX 2.x file write) are read too.
 */
export function parseOfxSgml(text: string): SgmlTree {
  const root = element('#document');
  const stack: OpenElement[] = [root];
  let lastLeaf: OpenElement | null = null;
  let at = text.indexOf('<');
  while (at >= 0 && at < text.length) {
    if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at);
      at = end < 0 ? -1 : text.indexOf('<', end + 3);
      continue;
    }
    const close = text.indexOf('>', at);
    if (close < 0) break;
    const tag = text.slice(at + 1, close).trim();
    const next = text.indexOf('<', close + 1);
    at = next;
    if (tag.startsWith('?') || tag.startsWith('!') || tag === '') continue;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim().toUpperCase();
      if (lastLeaf?.name === name) {
        lastLeaf = null;
        continue;
      }
      lastLeaf = null;
      const open = stack.map((item) => item.name).lastIndexOf(name);
      // An end tag nothing opened is stray: nothing to close.
      if (open <= 0) continue;
      for (let i = stack.length - 1; i > open; i--) {
        if (stack[i]!.children.length > 0) return { ok: false, tag: stack[i]!.name };
      }
      stack.length = open;
      continue;
    }
    const name = tag.split(/\s/, 1)[0]!.toUpperCase();
    const value = decodeEntities(text.slice(close + 1, next < 0 ? text.length : next)).trim();
    const opened = element(name);
    stack[stack.length - 1]!.children.push(opened);
    if (value !== '') {
      opened.text = value;
      lastLeaf = opened;
    } else {
      stack.push(opened);
      lastLeaf = null;
    }
  }
  for (let i = stack.length - 1; i > 0; i--) {
    if (stack[i]!.children.length > 0) return { ok: false, tag: stack[i]!.name };
  }
  return { ok: true, root };
}

/** The `KEY:VALUE` lines before the first tag of an OFX 1.x file. */
export function ofxHeader(text: string): Readonly<Record<string, string>> {
  const start = text.indexOf('<');
  const header: Record<string, string> = {};
  for (const line of (start < 0 ? text : text.slice(0, start)).split(/\r\n|\n|\r/)) {
    const match = /^\s*([A-Z]+)\s*:\s*(.*?)\s*$/i.exec(line);
    if (match) header[match[1]!.toUpperCase()] = match[2]!;
  }
  return header;
}
