import { Alert, Button, Form, Progress, Radio, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TitledSection } from '../../components/titled-section';
import type { CurrencyCode } from '../../../shared/currencies';
import {
  COLUMN_ROLES,
  DATE_ORDERS,
  type ColumnRole,
  type ImportSettings,
} from '../../../shared/imports';
import {
  detectFormats,
  type ReadingChoice,
  type StatementShape,
} from '../../../shared/import/read-statement';
import { cleanCell } from '../../../shared/import/normalize';
import { ReadingSettings } from './reading-settings';
import { RowsAsRead } from './rows-as-read';

export interface MappingStepProps {
  readonly shape: StatementShape;
  readonly settings: ImportSettings;
  readonly onChange: (settings: ImportSettings) => void;
  /** The person changed how the bytes are read: the file is looked at again. */
  readonly onReading: (choice: ReadingChoice) => void;
  readonly currency: CurrencyCode;
  readonly timeZone: string;
  readonly onBack: () => void;
  readonly onRead: () => void;
  /** 0…1 while reading; null when idle. */
  readonly progress: number | null;
  readonly checking: boolean;
  readonly problem: string | null;
}

/** Step 2: the first rows as they are, and which column is what. */
export function MappingStep(props: MappingStepProps) {
  const { shape, settings, onChange, onBack, onRead, progress, checking, problem } = props;
  const { t } = useTranslation();
  const busy = progress !== null || checking;
  const [confirmedShape, setConfirmedShape] = useState<StatementShape | null>(null);
  const confirmed = confirmedShape === shape;
  const unconfirmed = shape.ambiguous.length > 0 && !confirmed;
  const headerOptions = [
    { value: '', label: t('import.notMapped') },
    ...shape.header.filter((name) => name !== '').map((name) => ({ value: name, label: name })),
  ];

  const setColumn = (role: ColumnRole, name: string) => {
    const columns: Record<string, string> = { ...settings.columns };
    if (name) columns[role] = name;
    else delete columns[role];
    const formats = detectFormats(shape.header, shape.sample, columns);
    onChange({
      ...settings,
      columns,
      ...(role === 'date' ? { dateOrder: formats.dateOrder } : {}),
      ...(['amount', 'debit', 'credit'].includes(role) ? { decimalMark: formats.decimalMark } : {}),
    });
  };

  const previewColumns = [
    { title: t('import.line'), dataIndex: 'line', key: 'line', width: 64, fixed: 'left' as const },
    ...shape.header.map((name, index) => ({
      title: name || '—',
      key: String(index),
      render: (_: unknown, row: { cells: readonly string[] }) => cleanCell(row.cells[index]),
      ellipsis: true,
    })),
  ];

  return (
    <div className="purse-import-map">
      <Space wrap>
        <span>
          {t('import.source')}:{' '}
          <Tag color="blue" data-testid="import-profile">
            {t(`import.profiles.${settings.profile}`)}
          </Tag>
        </span>
      </Space>
      <ReadingSettings
        shape={shape}
        onReading={props.onReading}
        disabled={busy}
        confirmed={confirmed}
        onConfirmed={(yes) => setConfirmedShape(yes ? shape : null)}
      />
      {shape.fromSavedMapping ? (
        <Alert type="info" showIcon title={t('import.savedMapping')} />
      ) : null}

      <TitledSection title={t('import.preview')} titleClassName="purse-import-h2">
        <Table
          size="small"
          rowKey="line"
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={previewColumns}
          dataSource={[...shape.preview]}
        />
      </TitledSection>

      <Form layout="vertical" className="purse-import-mapping">
        <p className="purse-import-hint">{t('import.signHint')}</p>
        <div className="purse-import-grid">
          {COLUMN_ROLES.map((role) => (
            <Form.Item key={role} label={t(`import.roles.${role}`)} htmlFor={`import-role-${role}`}>
              <Select
                id={`import-role-${role}`}
                value={settings.columns[role] ?? ''}
                options={headerOptions}
                onChange={(value: string) => setColumn(role, value)}
                disabled={busy}
              />
            </Form.Item>
          ))}
        </div>
        {props.shape.dateOrderAmbiguous ? (
          <Alert type="warning" showIcon title={t('import.dateOrderAmbiguous')} />
        ) : null}
        <Space wrap size="large" align="start">
          <Form.Item label={t('import.dateOrder')}>
            <Radio.Group
              value={settings.dateOrder}
              onChange={(event) =>
                onChange({
                  ...settings,
                  dateOrder: event.target.value as ImportSettings['dateOrder'],
                })
              }
              options={DATE_ORDERS.map((order) => ({
                value: order,
                label: t(`import.dateOrders.${order}`),
              }))}
              disabled={busy}
            />
          </Form.Item>
          <Form.Item label={t('import.decimalMark')}>
            <Radio.Group
              value={settings.decimalMark}
              onChange={(event) =>
                onChange({
                  ...settings,
                  decimalMark: event.target.value as ImportSettings['decimalMark'],
                })
              }
              options={(['.', ','] as const).map((mark) => ({
                value: mark,
                label: t(mark === '.' ? 'import.decimalMarks.point' : 'import.decimalMarks.comma'),
              }))}
              disabled={busy}
            />
          </Form.Item>
        </Space>
      </Form>

      <RowsAsRead
        shape={shape}
        settings={settings}
        currency={props.currency}
        timeZone={props.timeZone}
      />

      {problem ? <Alert type="error" showIcon role="alert" title={problem} /> : null}
      {progress !== null ? (
        <Progress
          percent={Math.floor(progress * 100)}
          aria-label={t('import.progressLabel')}
          status="active"
        />
      ) : null}
      {checking ? <p role="status">{t('import.checking')}</p> : null}
      <Space>
        <Button onClick={onBack} disabled={busy}>
          {t('import.back')}
        </Button>
        <Button type="primary" onClick={onRead} loading={busy} disabled={unconfirmed}>
          {progress !== null
            ? t('import.reading', { percent: Math.floor(progress * 100) })
            : t('import.read')}
        </Button>
      </Space>
    </div>
  );
}
