import { PurseError } from '../shared/errors';

export type SaveKind = 'statement' | 'report' | 'backup';

export interface SaveRequest {
  readonly kind: SaveKind;
  /** A plain file name the gateway made (never one from the UI), offered in the dialog. */
  readonly suggestedName: string;
}

/** One file being written where the person chose; nothing else can be reached through it. */
export interface SaveTarget {
  write(text: string): Promise<void>;
  /** Closes the file: it is complete. */
  finish(): Promise<void>;
  /** Stops writing and removes what was written, so no half file is left. */
  abort(): Promise<void>;
}

/**
 * Where saved files go: the OS save dialog and a file write stream in Electron's main, a
 * download in dev:web. Injected, so the gateway stays free of electron and node imports.
 */
export interface FileSink {
  /** Asks the person where to save; null when they close the dialog. */
  choose(request: SaveRequest): Promise<SaveTarget | null>;
}

export const noFileSink: FileSink = {
  choose: () =>
    Promise.reject(new PurseError('UNAVAILABLE', 'Saving files is not available here.')),
};
