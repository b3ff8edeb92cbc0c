import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../../shared/imports';
import { hrefOf } from '../../shell/routes';

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
