import { isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_ORIGIN } from './app-scheme';
import { mimeTypeOf } from './mime-types';

export type AssetResolution =
  | {
      readonly ok: true;
      readonly filePath: string;
      /** Slash-separated, relative to the root: `renderer/index.html`. */
      readonly relativePath: string;
      readonly mimeType: string;
    }
  | { readonly ok: false; readonly reason: string };

function refuse(reason: string): AssetResolution {
  return { ok: false, reason };
}

/** A decoded path segment that names one plain file or folder, and nothing else. */
function isPlainSegment(segment: string): boolean {
  return (
    segment !== '' &&
    segment !== '.' &&
    segment !== '..' &&
    !/[/\\:%]/.test(segment) &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(segment)
  );
}

/**
 * Maps an app:// URL to a file under `root`, or refuses. The raw URL is checked segment by
 * segment, before any URL normalisation could hide a `..`: encoded dots, encoded or back
 * slashes, null bytes, drive letters and empty segments are all refused, and the result
 * must still lie inside the root.
 */
export function resolveAssetPath(root: string, url: string): AssetResolution {
  const prefix = `${APP_ORIGIN}/`;
  if (!url.startsWith(prefix)) return refuse('not an app:// URL of this app');
  const rawPath = url.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';

  const segments: string[] = [];
  for (const rawSegment of rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return refuse('malformed percent-encoding');
    }
    if (!isPlainSegment(segment)) return refuse(`unsafe path segment "${rawSegment}"`);
    segments.push(segment);
  }

  const base = resolve(root);
  const filePath = resolve(base, ...segments);
  const inside = relative(base, filePath);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return refuse('outside the app folder');
  }
  const mimeType = mimeTypeOf(filePath);
  if (!mimeType) return refuse('not a kind of file the app serves');
  return { ok: true, filePath, relativePath: segments.join('/'), mimeType };
}
