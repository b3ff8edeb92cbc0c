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
 * The OFX aggregates a statement is built of. One of these left open while it holds
 * elements is a missing end tag; any other element opened without a value was an empty
 * leaf (`<MEMO>` with nothing after it), whatever was read into it belongs to its parent.
 */
const AGGREGATES = new Set([
  'OFX',
  'SIGNONMSGSRSV1',
  'SONRS',
  'STATUS',
  'FI',
  'BANKMSGSRSV1',
  'CREDITCARDMSGSRSV1',
  'STMTTRNRS',
  'CCSTMTTRNRS',
  'STMTRS',
  'CCSTMTRS',
  'BANKACCTFROM',
  'CCACCTFROM',
  'BANKACCTTO',
  'CCACCTTO',
  'BANKTRANLIST',
  'STMTTRN',
  'PAYEE',
  'CURRENCY',
  'ORIGCURRENCY',
  'LEDGERBAL',
  'AVAILBAL',
  'BALLIST',
  'BAL',
  'INVSTMTMSGSRSV1',
  'INVSTMTTRNRS',
  'INVSTMTRS',
  'INVTRANLIST',
]);

/**
 * Closes every element open above `stack[keep]`, innermost first. Returns the name of an
 * aggregate that holds elements (its end tag is missing), else null.
 */
function closeAbove(stack: OpenElement[], keep: number): string | null {
  for (let i = stack.length - 1; i > keep; i--) {
    const open = stack[i]!;
    if (open.children.length === 0) continue;
    if (AGGREGATES.has(open.name)) return open.name;
    stack[i - 1]!.children.push(...open.children.splice(0));
  }
  stack.length = keep + 1;
  return null;
}

/**
 * Reads the body of an OFX 1.x file (SGML). Leaf elements carry a value and have no end
 * tag (`<TRNAMT>-12.50`); aggregates hold other elements and must be closed
 * (`</STMTTRN>`). An end tag closes the nearest open element of its name: anything still
 * open inside it was an empty leaf, unless it is an aggregate that holds elements — then
 * its end tag is missing and the file is refused, naming it. Leaves that are closed
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
      const unclosed = closeAbove(stack, open);
      if (unclosed) return { ok: false, tag: unclosed };
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
  const unclosed = closeAbove(stack, 0);
  return unclosed ? { ok: false, tag: unclosed } : { ok: true, root };
}
