import { Alert, Button, Checkbox, DatePicker, Form, Modal, Progress, Result, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { STATEMENT_COLUMNS } from '../../../shared/history';
import { FormError } from '../../components/form-error';
import { useUiLanguage } from '../../i18n/use-locale';
import type { HistoryQuery } from './history-params';
import { dayKeyOf, filtersOf, localStart } from './history-params';
import { StatementSummary } from './statement-summary';
import type { HistoryNames } from './use-history';
import { useStatementExport, type ExportState } from './use-statement-export';

export interface ExportDialogProps {
  readonly open: boolean;
  /** The History screen's filters: the dialog starts from them. */
  readonly query: HistoryQuery;
  readonly names: HistoryNames;
  readonly onClose: () => void;
}

interface ExportValues {
  /** Empty for all accounts. */
  readonly accountIds: readonly string[];
  readonly period: [Dayjs | null, Dayjs | null] | null;
  /** Column names in the UI's language instead of the standard ones (`date`, `amount`…). */
  readonly localHeaders: boolean;
}

/** Statement export: choose accounts and period, then a progress bar with Cancel. */
export function ExportDialog({ open, query, names, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const language = useUiLanguage() === 'zh-CN' ? 'zh' : 'en';
  const exporter = useStatementExport();
  const { state } = exporter;
  const busy = state.step === 'choosing' || state.step === 'writing' || state.step === 'cancelling';
  const others = Boolean(
    query.categoryId ||
    query.counterpartyId ||
    query.kinds?.length ||
    query.minAmount !== undefined ||
    query.maxAmount !== undefined ||
    query.text,
  );

  const close = () => {
    if (busy) return;
    exporter.reset();
    onClose();
  };

  const submit = (values: ExportValues) => {
    const [from, to] = values.period ?? [null, null];
    const chosen: Record<string, unknown> = { ...query };
    delete chosen['accountId'];
    delete chosen['from'];
    delete chosen['to'];
    const accountIds = values.accountIds ?? [];
    if (accountIds.length > 0) chosen['accountIds'] = [...accountIds];
    if (from) chosen['from'] = dayKeyOf(from.valueOf());
    if (to) chosen['to'] = dayKeyOf(to.valueOf());
    const headers = values.localHeaders
      ? STATEMENT_COLUMNS.map((column) => t(`history.export.columns.${column}`))
      : undefined;
    void exporter.start(filtersOf(chosen), language, headers);
  };

  return (
    <Modal
      open={open}
      title={t('history.export.title')}
      onCancel={close}
      closable={!busy}
      mask={{ closable: !busy }}
      keyboard={!busy}
      footer={null}
      destroyOnHidden
    >
      {state.step === 'idle' || state.step === 'choosing' || state.step === 'failed' ? (
        <Form<ExportValues>
          layout="vertical"
          name="statement-export"
          onFinish={submit}
          initialValues={{
            localHeaders: false,
            accountIds: query.accountId ? [query.accountId] : [],
            period:
              query.from || query.to
                ? [
                    query.from ? dayjs(localStart(query.from)) : null,
                    query.to ? dayjs(localStart(query.to)) : null,
                  ]
                : null,
          }}
        >
          <Form.Item
            name="accountIds"
            label={t('history.export.accounts')}
            extra={t('history.export.accountsHelp')}
          >
            <Select
              mode="multiple"
              allowClear
              placeholder={t('history.export.allAccounts')}
              optionFilterProp="label"
              options={names.accounts.map((account) => ({
                value: account.id,
                label: account.name,
              }))}
              virtual={false}
            />
          </Form.Item>
          <Form.Item
            name="period"
            label={t('history.export.period')}
            extra={t('history.export.periodHelp')}
          >
            <DatePicker.RangePicker allowEmpty={[true, true]} className="purse-full-width" />
          </Form.Item>
          <Form.Item
            name="localHeaders"
            valuePropName="checked"
            extra={t('history.export.localHeadersHelp')}
          >
            <Checkbox>{t('history.export.localHeaders')}</Checkbox>
          </Form.Item>
          {others ? <Alert type="info" showIcon title={t('history.export.otherFilters')} /> : null}
          <p className="purse-history-detail__note">{t('history.export.format')}</p>
          {state.step === 'failed' ? <FormError error={state.error} /> : null}
          <div className="purse-form-actions">
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={state.step === 'choosing'}>
              {t('history.export.start')}
            </Button>
          </div>
        </Form>
      ) : (
        <ExportProgressView state={state} onCancel={() => void exporter.cancel()} onClose={close} />
      )}
    </Modal>
  );
}

function ExportProgressView({
  state,
  onCancel,
  onClose,
}: {
  readonly state: ExportState;
  readonly onCancel: () => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  if (state.step === 'done' || state.step === 'cancelled') {
    const done = state.step === 'done';
    return (
      <Result
        status={done ? 'success' : 'info'}
        title={done ? t('history.export.doneTitle') : t('history.export.cancelledTitle')}
        subTitle={
          done ? t('history.export.done', { count: state.rows }) : t('history.export.cancelled')
        }
        extra={
          <Button type={done ? 'primary' : undefined} onClick={onClose} autoFocus>
            {t('history.export.close')}
          </Button>
        }
      >
        {done ? <StatementSummary summary={state.summary} /> : null}
      </Result>
    );
  }
  if (state.step !== 'writing' && state.step !== 'cancelling') return null;
  const percent = Math.min(99, Math.floor((state.rows / Math.max(1, state.expected)) * 100));
  return (
    <div className="purse-history-export" role="status" aria-live="polite">
      <Progress percent={percent} status="active" aria-label={t('history.export.progress')} />
      <p>{t('history.export.rows', { count: state.rows })}</p>
      <div className="purse-form-actions">
        <Button danger onClick={onCancel} loading={state.step === 'cancelling'}>
          {t('history.export.cancel')}
        </Button>
      </div>
    </div>
  );
}
