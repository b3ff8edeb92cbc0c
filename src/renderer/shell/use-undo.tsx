import { App, Button } from 'antd';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoOutcome } from '../../shared/corrections';
import type { PurseError } from '../../shared/errors';
import { usePurseMutation } from '../api/use-purse-mutation';
import { useDescribeError } from '../components/use-describe-error';

const TOAST_KEY = 'purse-undo';
/** Seconds the toast offering Undo stays. */
const TOAST_SECONDS = 8;

/**
 * Undo and redo of the ledger's last corrections, and the toast that offers Undo after one:
 * `offerUndo(saidWhat)` shows what was done with an Undo button beside it.
 */
export function useUndo() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const toast = (key: 'undone' | 'redone') => (outcome: UndoOutcome) =>
    void message.success({
      key: TOAST_KEY,
      content: t(`corrections.${key}`, { what: t(`corrections.kinds.${outcome.reverted.kind}`) }),
    });
  const { mutate: undoMutate } = usePurseMutation('ledger.undo', { onSuccess: toast('undone') });
  const { mutate: redoMutate } = usePurseMutation('ledger.redo', { onSuccess: toast('redone') });
  const onError = useCallback(
    (error: PurseError) => void message.error({ key: TOAST_KEY, content: describe(error) }),
    [message, describe],
  );
  const undo = useCallback(() => undoMutate(undefined, { onError }), [undoMutate, onError]);
  const redo = useCallback(() => redoMutate(undefined, { onError }), [redoMutate, onError]);

  const offerUndo = useCallback(
    (content: string) =>
      void message.success({
        key: TOAST_KEY,
        duration: TOAST_SECONDS,
        content: (
          <span className="purse-undo-toast">
            {content}
            <Button
              type="link"
              size="small"
              onClick={() => {
                message.destroy(TOAST_KEY);
                undo();
              }}
            >
              {t('corrections.undo')}
            </Button>
          </span>
        ),
      }),
    [message, t, undo],
  );
  return { offerUndo, undo, redo };
}

/** Whether a key press belongs to a text field, whose own undo must keep working. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl/Cmd+Z undoes the last correction, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes it. */
export function UndoKeys() {
  const { undo, redo } = useUndo();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || inTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
  return null;
}
