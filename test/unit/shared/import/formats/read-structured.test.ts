import { describe, expect, it } from 'vitest';
import { decodeStructured } from '../../../../../src/shared/import/formats/decode-text';
import {
  MAX_STRUCTURED_BYTES,
  readStructuredStatement,
} from '../../../../../src/shared/import/formats/read-structured';
import type { ByteSource } from '../../../../../src/shared/import/read-statement';
import { utf8 } from '../../../../support/import-fixtures';

describe('reading a structured statement whole', () => {
  it('refuses a file larger than it reads whole, before reading any of it', async () => {
    let read = false;
    const huge: ByteSource = {
      size: MAX_STRUCTURED_BYTES + 1,
      read: () => {
        read = true;
        return Promise.resolve(new Uint8Array());
      },
    };
    const result = await readStructuredStatement(huge, 'camt', {
      currency: 'EUR',
      timeZone: 'UTC',
    });
    expect(result).toEqual({
      ok: false,
      problem: { code: 'structured-too-large', format: 'camt', megabytes: 64 },
    });
    expect(read).toBe(false);
  });

  it('reads UTF-8 as UTF-8 whatever the file declares', () => {
    const bytes = utf8('OFXHEADER:100\nCHARSET:1252\n\n<OFX><NAME>Café 咖啡');
    expect(decodeStructured(bytes)).toContain('Café 咖啡');
  });

  it('reads other bytes in the declared encoding, else in Windows-1252', () => {
    const latin = new Uint8Array([...utf8('!Type:Bank\nPCaf'), 0xe9, 0x80]);
    expect(decodeStructured(latin)).toBe('!Type:Bank\nPCafé€');
    const gbk = new Uint8Array([
      ...utf8('<?xml version="1.0" encoding="GBK"?><Nm>'),
      0xd6,
      0xd0,
      0xce,
      0xc4,
    ]);
    expect(decodeStructured(gbk)).toBe('<?xml version="1.0" encoding="GBK"?><Nm>中文');
  });

  it('drops a byte order mark', () => {
    expect(decodeStructured(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('!Type:Bank')]))).toBe(
      '!Type:Bank',
    );
  });
});
