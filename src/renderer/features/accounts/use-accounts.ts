import { usePurseQuery } from '../../api/use-purse-query';

/** The person's accounts, oldest first; archived ones only when asked for. */
export function useAccounts(includeArchived = false) {
  return usePurseQuery('accounts.list', includeArchived ? { includeArchived: true } : undefined);
}
