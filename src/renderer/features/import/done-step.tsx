import { Button, Popconfirm, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../../shared/imports';
import { usePurseQuery } from '../../api/use-purse-query';
import { hrefOf } from '../../shell/routes';
import { useUndo } from '../../shell/use-undo';

export interface DoneStepProps {
  readonly outcome: ImportOutcome;
  readonly onAgain: () => void;
}

/** Step 4: how many transactions came in, or that the file was already there. */
export function DoneStep({ outcome, onAgain }: DoneStepProps) {
  const { t } = useTranslation();
  const nothing = outcome.imported === 0;
  return (
    <Result
      status={nothing ? 'info' : 'success'}
      title={
        nothing
          ? t('import.allDuplicatesTitle')
          : t('import.doneTitle', { count: outcome.imported })
      }
      subTitle={
        nothing
          ? t('import.allDuplicates', { count: outcome.rows })
          : outcome.duplicates > 0
            ? t('import.doneDuplicates', { count: outcome.duplicates })
            : undefined
      }
      extra={[
        outcome.operationId ? (
          <UndoImport key="undo" operationId={outcome.operationId} count={outcome.imported} />
        ) : null,
        <Button key="again" type="primary" onClick={onAgain}>
          {t('import.another')}
        </Button>,
        <Button key="home" href={hrefOf('home')}>
          {t('import.home')}
        </Button>,
      ]}
    />
  );
}

/**
 * Takes the whole import back while it is still the last change (an undo reverts the newest
 * change first): exactly its rows go, once the person confirms.
 */
function UndoImport({ operationId, count }: { operationId: string; count: number }) {
  const { t } = useTranslation();
  const state = usePurseQuery('ledger.undoState');
  const { undo } = useUndo();
  const last = state.data?.undo?.operationId === operationId;
  return (
    <Popconfirm
      title={t('import.undoConfirm', { count })}
      okText={t('import.undo')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={undo}
      disabled={!last}
    >
      <Button danger disabled={!last} title={last ? undefined : t('import.undoGone')}>
        {t('import.undo')}
      </Button>
    </Popconfirm>
  );
}
