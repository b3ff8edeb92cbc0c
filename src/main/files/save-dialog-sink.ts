import { createWriteStream, type WriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow, Dialog, SaveDialogOptions } from 'electron';
import type { FileSink, SaveKind, SaveTarget } from '../../gateway/file-sink';

const FILTERS: Record<SaveKind, SaveDialogOptions['filters']> = {
  statement: [{ name: 'CSV', extensions: ['csv'] }],
  report: [{ name: 'CSV', extensions: ['csv'] }],
  backup: [{ name: 'Purse backup', extensions: ['purse'] }],
};

function closed(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.closed) resolve();
    else stream.once('close', () => resolve());
  });
}

/** Writes to exactly the path the dialog returned, and removes it again on abort. */
function fileTarget(path: string): SaveTarget {
  const stream = createWriteStream(path, { flags: 'w', encoding: 'utf8' });
  let failure: Error | undefined;
  let ended = false;
  stream.on('error', (error) => {
    failure ??= error;
  });
  return {
    write(text) {
      if (failure) return Promise.reject(failure);
      if (ended) return Promise.reject(new Error('The file is already closed.'));
      // Waiting for each chunk to reach the file keeps at most one chunk in memory.
      return new Promise((resolve, reject) => {
        stream.write(text, (error) => (error ? reject(error) : resolve()));
      });
    },
    async finish() {
      ended = true;
      await new Promise<void>((resolve, reject) => {
        stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
      });
      await closed(stream);
      if (failure) throw failure;
    },
    async abort() {
      ended = true;
      stream.destroy();
      await closed(stream);
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },
  };
}

export interface SaveDialogSinkDeps {
  readonly dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The UI window, so the dialog is attached to it. */
  readonly parent: () => BrowserWindow | undefined;
  /** Where the dialog starts, e.g. app.getPath('documents'). */
  readonly startIn: () => string;
}

/**
 * Files saved from the app: main shows the OS save dialog and writes where the person
 * chose. The renderer asks for a save by kind and never names a path.
 */
export function saveDialogSink(deps: SaveDialogSinkDeps): FileSink {
  return {
    async choose(request) {
      const options: SaveDialogOptions = {
        defaultPath: join(deps.startIn(), request.suggestedName),
        filters: FILTERS[request.kind],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = deps.parent();
      const result = parent
        ? await deps.dialog.showSaveDialog(parent, options)
        : await deps.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return fileTarget(result.filePath);
    },
  };
}
