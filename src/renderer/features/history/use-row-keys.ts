import { useCallback, useState, type KeyboardEvent } from 'react';
import type { Transaction } from '../../../shared/domain';

export interface RowKeyActions {
  readonly onOpen: (txn: Transaction) => void;
  readonly onDelete: (txn: Transaction) => void;
  readonly onToggle: (txn: Transaction) => void;
  readonly onTickAll: () => void;
  readonly onClear: () => void;
  /** Brings the row at `index` into view (the list is virtual). */
  readonly scrollTo: (index: number) => void;
}

/**
 * History's keys, as in Actual and GnuCash: arrows move through the rows, Enter or E opens
 * the one shown active (its fields to correct), Delete deletes it (once confirmed), Space
 * ticks it, Ctrl/Cmd+A ticks everything the filters choose, Esc clears the ticks.
 */
export function useRowKeys(rows: readonly Transaction[], actions: RowKeyActions) {
  const [active, setActive] = useState(-1);
  const current = active >= 0 && active < rows.length ? rows[active] : undefined;

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      // Fields, checkboxes and buttons keep their own keys (typing, Space, Enter).
      if (['INPUT', 'TEXTAREA', 'BUTTON'].includes(target.tagName) || target.isContentEditable)
        return;
      const move = (to: number) => {
        const next = Math.max(0, Math.min(rows.length - 1, to));
        setActive(next);
        actions.scrollTo(next);
      };
      const key = event.key;
      if (key === 'ArrowDown') move(active + 1);
      else if (key === 'ArrowUp') move(active - 1);
      else if (key === 'Home') move(0);
      else if (key === 'End') move(rows.length - 1);
      else if ((key === 'a' || key === 'A') && (event.ctrlKey || event.metaKey))
        actions.onTickAll();
      else if (key === 'Escape') actions.onClear();
      else if (current && (key === 'Enter' || key === 'e' || key === 'E')) actions.onOpen(current);
      else if (current && key === 'Delete') actions.onDelete(current);
      else if (current && key === ' ') actions.onToggle(current);
      else return;
      event.preventDefault();
    },
    [rows, active, current, actions],
  );
  return { active: current?.id, onKeyDown };
}
