import type { ImportCheck, ImportOutcome, SavedMapping } from '../imports';
import * as im from '../imports';
import * as s from '../schemas';
import { read, write } from './define';
import { MOVEMENT_VIEWS } from './views';

/** Statement imports: check, commit, and saved column mappings. */
export const importsMethods = {
  'imports.check': read<ImportCheck>()('ledger', im.importsCommitInput),
  // An import records transactions and may add payees.
  'imports.commit': write<ImportOutcome>()('ledger', im.importsCommitInput, {
    stale: [...MOVEMENT_VIEWS, 'counterparties.list', 'imports.check'],
  }),
  'imports.mappings': read<SavedMapping[]>()('ledger', s.emptyInput),
  'imports.saveMapping': write<SavedMapping>()('ledger', im.importsSaveMappingInput, {
    stale: ['imports.mappings'],
  }),
} as const;
