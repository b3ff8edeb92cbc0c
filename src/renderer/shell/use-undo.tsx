import { App, Button } from 'antd';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoOutcome } from '../../shared/corrections';
import type { PurseError } from '../../shared/errors';
import { usePurseMutation } from '../api/use-purse-mutation';
import { useDescribeError } from '../components/use-describe-error';
import { PinConfirmDialog } from '../features/security/pin-confirm-dialog';

const TOAST_KEY = 'purse-undo';
/** Seconds the toast offering Undo stays. */
const TOAST_SECONDS = 8;

type Direction = 'undo' | 'redo';

export interface Undo {
  /** Shows what was done (`content`) with an Undo button beside it. */
  readonly offerUndo: (content: string) => void;
  readonly undo: () => void;
  readonly redo: () => void;
}

const UndoContext = createContext<Undo | null>(null);

/**
 * Undo and redo of the ledger's last corrections, and the toast that offers Undo after one:
 * `offerUndo(saidWhat)` shows what was done with an Undo button beside it. Served by
 * `UndoProvider`, which the shell keeps mounted, so an Undo pressed after its screen closed
 * (a deleted transaction's drawer) still lands and still answers.
 */
export function useUndo(): Undo {
  const undo = useContext(UndoContext);
  if (!undo) throw new Error('useUndo needs an UndoProvider above it');
  return undo;
}

/**
 * Whether the ledger refused a step because it moves money a PIN confirmed (undoing or
 * redoing a void): the person is asked for the PIN, then the same step is sent again with it.
 */
function needsPin(error: PurseError): boolean {
  return error.code === 'PIN_REQUIRED' && error.details?.['step'] !== undefined;
}

/** Owns undo and redo for the whole window: the requests, the toasts, the PIN they may ask. */
export function UndoProvider({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [asking, setAsking] = useState<Direction | null>(null);
  const toast = (key: 'undone' | 'redone') => (outcome: UndoOutcome) =>
    void message.success({
      key: TOAST_KEY,
      content: t(`corrections.${key}`, { what: t(`corrections.kinds.${outcome.reverted.kind}`) }),
    });
  const undoing = usePurseMutation('ledger.undo', { onSuccess: toast('undone') });
  const redoing = usePurseMutation('ledger.redo', { onSuccess: toast('redone') });
  const { mutate: undoMutate } = undoing;
  const { mutate: redoMutate } = redoing;
  const onError = useCallback(
    (direction: Direction) => (error: PurseError) => {
      if (needsPin(error)) setAsking(direction);
      else void message.error({ key: TOAST_KEY, content: describe(error) });
    },
    [message, describe],
  );
  const undo = useCallback(
    () => undoMutate(undefined, { onError: onError('undo') }),
    [undoMutate, onError],
  );
  const redo = useCallback(
    () => redoMutate(undefined, { onError: onError('redo') }),
    [redoMutate, onError],
  );
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
  const value = useMemo(() => ({ offerUndo, undo, redo }), [offerUndo, undo, redo]);
  const step = asking === 'redo' ? redoing : undoing;
  const close = () => {
    setAsking(null);
    step.reset();
  };
  return (
    <UndoContext.Provider value={value}>
      <UndoKeys undo={undo} redo={redo} />
      {children}
      <PinConfirmDialog
        open={asking !== null}
        title={t(`corrections.pin.title.${asking ?? 'undo'}`)}
        submitLabel={t('corrections.pin.ok')}
        pending={step.isPending}
        // The first refusal only asked for the PIN; a wrong PIN is said in the dialog.
        error={step.error && !needsPin(step.error) ? step.error : null}
        onSubmit={({ pin }) => step.mutate({ auth: { pin } }, { onSuccess: () => setAsking(null) })}
        onCancel={close}
      />
    </UndoContext.Provider>
  );
}

/** Whether a key press belongs to a text field, whose own undo must keep working. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl/Cmd+Z undoes the last correction, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes it. */
function UndoKeys({ undo, redo }: { readonly undo: () => void; readonly redo: () => void }) {
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
