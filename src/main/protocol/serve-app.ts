import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_SCHEME } from './app-scheme';
import { resolveAssetPath } from './resolve-asset-path';

export interface AppProtocolOptions {
  /** The built renderer: out/renderer. */
  readonly root: string;
  /** Sent with every response, so the page is covered even if webRequest is bypassed. */
  readonly csp: string;
  /** The HTML pages this session may load (e.g. only the UI, or only the ledger host). */
  readonly pages: readonly string[];
}

export type ReadAsset = (filePath: string) => Promise<Uint8Array>;

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

/** Answers one app:// request; separate from `serveApp` so tests can call it directly. */
export async function respondToAppRequest(
  request: Pick<Request, 'method' | 'url'>,
  options: AppProtocolOptions,
  read: ReadAsset = readFile,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405 });
  }
  const asset = resolveAssetPath(options.root, request.url);
  if (!asset.ok) return notFound();
  if (asset.mimeType.startsWith('text/html') && !options.pages.includes(asset.relativePath)) {
    return notFound();
  }
  let body: Uint8Array;
  try {
    body = await read(asset.filePath);
  } catch {
    return notFound();
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': asset.mimeType,
      'Content-Security-Policy': options.csp,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  });
}

/** Serves the built renderer on app:// for one session (each session has its own handlers). */
export function serveApp(protocol: Pick<Protocol, 'handle'>, options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, options));
}
