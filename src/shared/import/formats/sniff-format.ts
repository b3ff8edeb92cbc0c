import type { StructuredFormat } from './format-problem';

/** How much of a file's start the sniffer looks at. */
export const SNIFF_BYTES = 64 * 1024;

const QIF_HEADER = /^!(Type|Account|Option|Clear)\b/i;
const PROLOG_ITEM = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*/i;
const CAMT_NAMESPACE = /urn:iso:std:iso:20022:tech:xsd:camt\.05[23]\./i;
const CAMT_MESSAGE = /<([\w.-]+:)?BkToCstmr(Stmt|AcctRpt)[\s>]/;

/**
 * Which structured format a file is in, decided by its content and never by its name:
 * `OFXHEADER:` or an `<OFX>` root is OFX (1.x SGML or 2.x XML), a first line of `!Type:`,
 * `!Account` or `!Option` is QIF, and XML in the camt.053 / camt.052 namespace (or with a
 * `BkToCstmrStmt` / `BkToCstmrAcctRpt` message) is ISO 20022 CAMT. Anything else is left to
 * the CSV reader (null).
 */
export function sniffFormat(head: string): StructuredFormat | null {
  const text = head.replace(/^(\uFEFF|\u00EF\u00BB\u00BF)/, '').trimStart();
  if (/^OFXHEADER\s*:/i.test(text)) return 'ofx';
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (QIF_HEADER.test(firstLine)) return 'qif';
  if (!text.startsWith('<')) return null;

  let rest = text;
  for (let match = PROLOG_ITEM.exec(rest); match; match = PROLOG_ITEM.exec(rest)) {
    // OFX 2.x: <?xml …?> then <?OFX OFXHEADER="200" …?> before the <OFX> root.
    if (/^<\?OFX\b/i.test(match[0])) return 'ofx';
    rest = rest.slice(match[0].length);
  }
  const root = /^<([\w.:-]+)/.exec(rest)?.[1] ?? '';
  if (root.split(':').pop()?.toUpperCase() === 'OFX') return 'ofx';
  if (CAMT_NAMESPACE.test(text) || CAMT_MESSAGE.test(text)) return 'camt';
  return null;
}

/** The same decision on a file's first bytes: every marker is ASCII, so any encoding does. */
export function sniffFormatOfBytes(head: Uint8Array): StructuredFormat | null {
  return sniffFormat(new TextDecoder('windows-1252').decode(head.subarray(0, SNIFF_BYTES)));
}
