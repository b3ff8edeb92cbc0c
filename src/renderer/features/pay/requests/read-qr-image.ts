import jsQR from 'jsqr';

/** Big enough for a photo of a checkout screen; larger pictures are scaled down first. */
const MAX_SIDE = 1600;
/** Pictures beyond this are refused unread. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export type QrReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'not-an-image' | 'too-big' | 'no-code' };

/** Reads the QR code in a picture the person chose: image → canvas → jsQR. */
export async function readQrImage(file: Blob): Promise<QrReadResult> {
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, reason: 'too-big' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, reason: 'not-an-image' };
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return { ok: false, reason: 'not-an-image' };
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const pixels = context.getImageData(0, 0, width, height);
  const code = jsQR(pixels.data, width, height, { inversionAttempts: 'attemptBoth' });
  return code?.data ? { ok: true, text: code.data } : { ok: false, reason: 'no-code' };
}
