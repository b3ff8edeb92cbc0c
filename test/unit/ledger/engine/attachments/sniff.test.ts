import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_MAX_BYTES,
  base64Head,
  base64Size,
  checkedMime,
  sniffMime,
} from '../../../../../src/shared/attachments';
import { PurseError } from '../../../../../src/shared/errors';
import {
  base64,
  JPEG_BASE64,
  PDF_BASE64,
  PNG_BASE64,
  TEXT_BASE64,
  WEBP_BASE64,
} from '../../../../support/attachment-fixtures';

const head = (text: string) => base64Head(text, 12);

function refusal(name: string, bytes: string): PurseError {
  try {
    checkedMime(name, bytes);
  } catch (thrown) {
    if (thrown instanceof PurseError) return thrown;
    throw thrown;
  }
  throw new Error(`${name} was accepted`);
}

describe('sniffMime', () => {
  it('knows PNG, JPEG, WebP and PDF by their magic numbers', () => {
    expect(sniffMime(head(PNG_BASE64))).toBe('image/png');
    expect(sniffMime(head(JPEG_BASE64))).toBe('image/jpeg');
    expect(sniffMime(head(WEBP_BASE64))).toBe('image/webp');
    expect(sniffMime(head(PDF_BASE64))).toBe('application/pdf');
  });

  it('knows nothing else, nor a file too short to tell', () => {
    expect(sniffMime(head(TEXT_BASE64))).toBeUndefined();
    expect(sniffMime(new Uint8Array([0x89, 0x50]))).toBeUndefined();
    expect(sniffMime(head(base64('RIFF\x24\x00\x00\x00WAVEfmt ')))).toBeUndefined();
    expect(sniffMime(new Uint8Array())).toBeUndefined();
  });
});

describe('checkedMime', () => {
  it('accepts a file whose name agrees with its content, whatever the case', () => {
    expect(checkedMime('receipt.PNG', PNG_BASE64)).toBe('image/png');
    expect(checkedMime('a.jpg', JPEG_BASE64)).toBe('image/jpeg');
    expect(checkedMime('a.jpeg', JPEG_BASE64)).toBe('image/jpeg');
    expect(checkedMime('a.webp', WEBP_BASE64)).toBe('image/webp');
    expect(checkedMime('bill.pdf', PDF_BASE64)).toBe('application/pdf');
  });

  it('refuses a .png that is really a PDF, or text, naming the field', () => {
    for (const bytes of [PDF_BASE64, TEXT_BASE64]) {
      const error = refusal('receipt.png', bytes);
      expect(error.code).toBe('VALIDATION');
      expect(error.details).toMatchObject({ field: 'bytes' });
      expect(error.message).toMatch(/not what its name says/);
    }
    expect(refusal('receipt', PNG_BASE64).details).toMatchObject({ field: 'bytes' });
  });

  it('refuses more than 10 MB, and takes exactly 10 MB', () => {
    const png = Buffer.from(PNG_BASE64, 'base64');
    const sized = (size: number) => {
      const bytes = Buffer.alloc(size);
      png.copy(bytes);
      return bytes.toString('base64');
    };
    const exact = sized(ATTACHMENT_MAX_BYTES);
    expect(base64Size(exact)).toBe(ATTACHMENT_MAX_BYTES);
    expect(checkedMime('big.png', exact)).toBe('image/png');
    const error = refusal('big.png', sized(ATTACHMENT_MAX_BYTES + 1));
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toMatchObject({ field: 'bytes' });
  });

  it('counts the bytes of padded base64', () => {
    expect(base64Size(base64('a'))).toBe(1);
    expect(base64Size(base64('ab'))).toBe(2);
    expect(base64Size(base64('abc'))).toBe(3);
  });
});
