import { Button, Card, Steps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { systemTimeZone } from '../../../shared/dates';
import type { PurseError } from '../../../shared/errors';
import type { ImportSettings } from '../../../shared/imports';
import {
  inspectStatement,
  readStatement,
  type StatementRead,
} from '../../../shared/import/read-statement';
import type { MethodInput } from '../../../shared/contract';
import { asPurseError, callPurse } from '../../api/call-purse';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { FormError } from '../../components/form-error';
import { PageHeader } from '../../components/page-header';
import { PageEmpty, PageError, PageLoading } from '../../components/page-state';
import { hrefOf } from '../../shell/routes';
import { CheckStep } from './check-step';
import { ChooseStep } from './choose-step';
import { DoneStep } from './done-step';
import { fileSource, nextFrame } from './file-source';
import { STEP_INDEX, type ImportStep } from './import-state';
import './import.css';
import { MappingStep } from './mapping-step';
import { useProblemMessage } from './problem-message';

/**
 * Import a CSV statement: choose the account and file, map the columns, check what will
 * come in (duplicates, rejected rows), then import it all at once. The file is read here,
 * chunk by chunk, by the shared parser; only checked rows go to the ledger.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const accounts = usePurseQuery('accounts.list', undefined);
  const mappings = usePurseQuery('imports.mappings', undefined);
  const saveMapping = usePurseMutation('imports.saveMapping');
  const commit = usePurseMutation('imports.commit');
  const problemMessage = useProblemMessage();
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const [accountId, setAccountId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checkError, setCheckError] = useState<PurseError | null>(null);

  if (accounts.isPending || mappings.isPending)
    return (
      <Frame>
        <PageLoading />
      </Frame>
    );
  if (accounts.isError)
    return (
      <Frame>
        <PageError error={accounts.error} onRetry={() => void accounts.refetch()} />
      </Frame>
    );
  const open = (accounts.data ?? []).filter((account) => !account.archived);
  if (open.length === 0) {
    return (
      <Frame>
        <PageEmpty
          title={t('import.noAccounts')}
          description={t('import.noAccountsHint')}
          action={
            <Button type="primary" href={hrefOf('home')}>
              {t('import.home')}
            </Button>
          }
        />
      </Frame>
    );
  }
  const account = open.find((candidate) => candidate.id === accountId);
  const timeZone = systemTimeZone();

  const chooseFile = async (file: File) => {
    setProblem(null);
    setBusy(true);
    try {
      const inspected = await inspectStatement(fileSource(file), mappings.data ?? []);
      if (!inspected.ok) setProblem(problemMessage(inspected.problem));
      else
        setState({ step: 'map', file, shape: inspected.shape, settings: inspected.shape.settings });
    } finally {
      setBusy(false);
    }
  };

  const readFile = async () => {
    if (state.step !== 'map' || !account) return;
    setProblem(null);
    setCheckError(null);
    setProgress(0);
    const result = await readStatement(fileSource(state.file), state.shape, state.settings, {
      currency: account.currency,
      timeZone,
      onProgress: setProgress,
      yieldBetweenChunks: nextFrame,
    });
    setProgress(null);
    if (!result.ok) {
      setProblem(problemMessage(result.problem));
      return;
    }
    setBusy(true);
    try {
      const check = await callPurse(
        'imports.check',
        commitInput(account.id, timeZone, state.settings, result.read, true),
      );
      setState({ ...state, step: 'check', read: result.read, check });
    } catch (thrown) {
      setCheckError(asPurseError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const commitRows = async (goodRowsOnly: boolean) => {
    if (state.step !== 'check' || !account) return;
    commit.reset();
    const outcome = await commit
      .mutateAsync(commitInput(account.id, timeZone, state.settings, state.read, goodRowsOnly))
      .catch(() => null);
    if (!outcome) return;
    // Remembered only once the import worked: the next file from this source maps itself.
    saveMapping.mutate({
      signature: state.shape.signature,
      settings: state.settings,
      accountId: account.id,
    });
    setState({ step: 'done', outcome });
  };

  const restart = () => {
    commit.reset();
    setProblem(null);
    setCheckError(null);
    setState({ step: 'choose' });
  };

  return (
    <Frame>
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
              accounts={open}
              accountId={accountId}
              onAccount={setAccountId}
              onFile={(file) => void chooseFile(file)}
              busy={busy}
            />
            {problem ? <ProblemAlert title={t('import.problem.title')} text={problem} /> : null}
          </>
        ) : null}
        {state.step === 'map' ? (
          <>
            <MappingStep
              shape={state.shape}
              settings={state.settings}
              onChange={(settings: ImportSettings) => setState({ ...state, settings })}
              onBack={restart}
              onRead={() => void readFile()}
              progress={progress}
              checking={busy}
              problem={problem}
            />
            <FormError error={checkError} />
          </>
        ) : null}
        {state.step === 'check' ? (
          <CheckStep
            read={state.read}
            check={state.check}
            onBack={() =>
              setState({
                step: 'map',
                file: state.file,
                shape: state.shape,
                settings: state.settings,
              })
            }
            onCommit={(goodRowsOnly) => void commitRows(goodRowsOnly)}
            committing={commit.isPending}
            error={commit.error}
          />
        ) : null}
        {state.step === 'done' ? <DoneStep outcome={state.outcome} onAgain={restart} /> : null}
      </Card>
    </Frame>
  );
}

function Frame({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} />
      {children}
    </>
  );
}

function ProblemAlert({ title, text }: { readonly title: string; readonly text: string }) {
  return (
    <div role="alert" className="purse-import-problem" data-testid="import-problem">
      <strong>{title}</strong>
      <div>{text}</div>
    </div>
  );
}

function commitInput(
  accountId: string,
  timeZone: string,
  settings: ImportSettings,
  read: StatementRead,
  goodRowsOnly: boolean,
): MethodInput<'imports.commit'> {
  return {
    accountId,
    timeZone,
    profile: settings.profile,
    rows: [...read.rows],
    rejectedRows: read.rejectedCount,
    goodRowsOnly,
  };
}
