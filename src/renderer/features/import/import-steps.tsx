import { Card, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Account } from '../../../shared/domain';
import { FormError } from '../../components/form-error';
import { CheckStep } from './check-step';
import { ChooseStep } from './choose-step';
import { DoneStep } from './done-step';
import { FormatSummary } from './format-summary';
import { STEP_INDEX } from './import-state';
import { MappingStep } from './mapping-step';
import { ProblemAlert } from './problem-alert';
import type { ImportFlow } from './use-import-flow';

export interface ImportStepsProps {
  readonly accounts: readonly Account[];
  readonly flow: ImportFlow;
}

/** The four steps of an import, and the one the person is on. */
export function ImportSteps({ accounts, flow }: ImportStepsProps) {
  const { t } = useTranslation();
  const { state } = flow;
  return (
    <>
      <Steps
        className="purse-import-steps"
        current={STEP_INDEX[state.step]}
        items={[
          { title: t('import.steps.choose') },
          { title: t('import.steps.map') },
          { title: t('import.steps.check') },
          { title: t('import.steps.done') },
        ]}
      />
      <Card>
        {state.step === 'choose' ? (
          <>
            <ChooseStep
              accounts={accounts}
              accountId={flow.accountId}
              onAccount={flow.setAccountId}
              onFile={(file) => void flow.chooseFile(file)}
              busy={flow.busy}
            />
            {flow.problem ? (
              <ProblemAlert title={t('import.problem.title')} text={flow.problem} />
            ) : null}
            <FormError error={flow.checkError} />
          </>
        ) : null}
        {state.step === 'map' ? (
          <>
            <MappingStep
              shape={state.shape}
              settings={state.settings}
              onChange={flow.changeSettings}
              onReading={(choice) => void flow.changeReading(choice)}
              currency={flow.account?.currency ?? 'CNY'}
              timeZone={flow.timeZone}
              onBack={flow.restart}
              onRead={() => void flow.readFile()}
              progress={flow.progress}
              checking={flow.busy}
              problem={flow.problem}
            />
            <FormError error={flow.checkError} />
          </>
        ) : null}
        {state.step === 'check' ? (
          <>
            {state.structured ? (
              <FormatSummary
                read={state.structured}
                currency={state.check.currency as CurrencyCode}
                onDateOrder={flow.changeDateOrder}
                busy={flow.busy}
              />
            ) : null}
            <CheckStep
              read={state.read}
              check={state.check}
              onCategory={flow.chooseCategory}
              onBack={flow.backToMapping}
              onCommit={(goodRowsOnly) => void flow.commitRows(goodRowsOnly)}
              committing={flow.committing}
              error={flow.commitError}
            />
            {state.structured ? <FormError error={flow.checkError} /> : null}
          </>
        ) : null}
        {state.step === 'done' ? <DoneStep outcome={state.outcome} onAgain={flow.restart} /> : null}
      </Card>
    </>
  );
}
