import { useCallback, useMemo, useState } from 'react';
import type { BulkSelection } from '../../../shared/corrections';
import type { HistoryFilters } from '../../../shared/history';

/**
 * What is ticked in History: rows one by one, or every row the filters choose (however
 * many pages, including those not loaded yet) less the ones unticked.
 */
export type Ticked =
  | { readonly all: false; readonly ids: ReadonlySet<string> }
  | { readonly all: true; readonly except: ReadonlySet<string> };

const NONE: Ticked = { all: false, ids: new Set() };

/** History's selection: what is ticked, how many that is, and what a bulk edit sends. */
export function useHistorySelection(filters: HistoryFilters, filteredCount: number | undefined) {
  const [ticked, setTicked] = useState<Ticked>(NONE);
  const [selectedFor, setSelectedFor] = useState(filters);
  // A new filter starts a new selection: what was ticked may no longer be in the list.
  if (selectedFor !== filters) {
    setSelectedFor(filters);
    setTicked(NONE);
  }

  const isTicked = useCallback(
    (id: string) => (ticked.all ? !ticked.except.has(id) : ticked.ids.has(id)),
    [ticked],
  );
  /** Ticks (or unticks) the rows `ids`, one by one or a Shift-click range at once. */
  const tick = useCallback((ids: readonly string[], on: boolean) => {
    setTicked((current) => {
      const set = new Set(current.all ? current.except : current.ids);
      // In "all" mode the set holds the unticked rows, so ticking removes from it.
      const add = current.all ? !on : on;
      for (const id of ids) {
        if (add) set.add(id);
        else set.delete(id);
      }
      return current.all ? { all: true, except: set } : { all: false, ids: set };
    });
  }, []);
  const tickAll = useCallback(() => setTicked({ all: true, except: new Set() }), []);
  const clear = useCallback(() => setTicked(NONE), []);

  const count = ticked.all
    ? filteredCount === undefined
      ? undefined
      : filteredCount - ticked.except.size
    : ticked.ids.size;
  const selection = useMemo<BulkSelection | null>(() => {
    if (ticked.all) return { filters, except: [...ticked.except] };
    return ticked.ids.size ? { ids: [...ticked.ids] } : null;
  }, [ticked, filters]);
  return { ticked, isTicked, tick, tickAll, clear, count, selection };
}

export type HistorySelection = ReturnType<typeof useHistorySelection>;
