import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** A drawing under way: when it is done (the document's page count), and how to stop it. */
export interface PdfDrawing {
  readonly done: Promise<number>;
  cancel(): void;
}

/** The widest a page is drawn, in CSS pixels (the viewer's width). */
const PAGE_WIDTH = 740;

function bytesOf(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Draws the first `limit` pages of a PDF (base64) into `into`, one canvas each, named for
 * assistive technology by `label(page)`. pdf.js is loaded only when a PDF is opened, runs
 * its parser in a worker from Purse's own files, and is told not to `eval` (the page's
 * policy forbids it anyway).
 */
export function renderPdfPages(
  base64: string,
  into: HTMLElement,
  limit: number,
  label: (page: number) => string,
): PdfDrawing {
  let cancelled = false;
  let destroy: (() => Promise<void>) | undefined;
  const done = (async () => {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    const task = pdfjs.getDocument({
      data: bytesOf(base64),
      isEvalSupported: false,
      enableXfa: false,
    });
    destroy = () => task.destroy();
    const pdf = await task.promise;
    const count = Math.min(pdf.numPages, limit);
    for (let number = 1; number <= count && !cancelled; number += 1) {
      const page = await pdf.getPage(number);
      const unscaled = page.getViewport({ scale: 1 });
      const ratio = globalThis.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (PAGE_WIDTH / unscaled.width) * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', label(number));
      canvas.className = 'purse-attachment-viewer__page';
      await page.render({ canvas, viewport }).promise;
      if (!cancelled) into.append(canvas);
    }
    return pdf.numPages;
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      into.replaceChildren();
      void destroy?.();
    },
  };
}
