/** The encoding a file names for itself: an XML declaration, or OFX 1.x's CHARSET header. */
function declaredEncoding(head: string): string | undefined {
  const xml = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const charset = /^CHARSET\s*:\s*([\w-]+)/im.exec(head)?.[1]?.toUpperCase();
  if (!charset || charset === 'NONE') return undefined;
  if (/^\d+$/.test(charset)) return `windows-${charset}`;
  return charset;
}

// Windows-1252's 0x80–0x9F (€, ‚, „, …, smart quotes, ™…), which some TextDecoders (Node's
// among them) read as Latin-1 control characters. Undefined bytes stay as they are.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
}

/** TextDecoder as this file uses it (the Node build's types do not name the global). */
interface Decoder {
  readonly encoding: string;
  decode(input: Uint8Array): string;
}

function decoderFor(label: string | undefined): Decoder | undefined {
  if (!label) return undefined;
  try {
    const decoder: Decoder = new TextDecoder(label);
    return decoder;
  } catch {
    return undefined;
  }
}

/**
 * A structured statement's text. Valid UTF-8 is read as UTF-8 whatever the file declares
 * (banks often write CHARSET:1252 over UTF-8); otherwise the declared encoding, and
 * Windows-1252 (what Quicken and most OFX servers write) when none is declared or known.
 */
export function decodeStructured(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096)).trimStart();
    const decoder: Decoder | undefined = decoderFor(declaredEncoding(head));
    text =
      decoder && decoder.encoding !== 'windows-1252'
        ? decoder.decode(bytes)
        : decodeWindows1252(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}
