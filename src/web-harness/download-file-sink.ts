import type { FileSink } from '../gateway/file-sink';

/**
 * dev:web's stand-in for main's save dialog: each chunk becomes its own Blob (Chromium keeps
 * blob data in its blob store, spilling large ones to disk, not in the page's heap), and
 * the finished file is offered as a download under the gateway's suggested name.
 */
export function downloadFileSink(): FileSink {
  return {
    choose(request) {
      let parts: Blob[] = [];
      const type = request.kind === 'backup' ? 'application/octet-stream' : 'text/csv';
      return Promise.resolve({
        write(text) {
          parts.push(new Blob([text], { type }));
          return Promise.resolve();
        },
        finish() {
          const url = URL.createObjectURL(new Blob(parts, { type }));
          parts = [];
          const link = document.createElement('a');
          link.href = url;
          link.download = request.suggestedName;
          link.hidden = true;
          document.body.append(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(url), 60_000);
          return Promise.resolve();
        },
        abort() {
          parts = [];
          return Promise.resolve();
        },
      });
    },
  };
}
