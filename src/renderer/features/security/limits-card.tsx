import { App, Button, Form, InputNumber, Progress, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minorDigits, type CurrencyCode } from '../../../shared/currencies';
import { systemTimeZone } from '../../../shared/dates';
import {
  applyOwnLimits,
  LIMIT_KINDS as LIMIT_KEYS,
  raisesOwnLimits,
  type OwnLimitsChange,
} from '../../../shared/own-limits';
import type { LimitsView } from '../../../shared/payments';
import { useSecurityStatus } from '../../api/use-security';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { FormError } from '../../components/form-error';
import { Money } from '../../components/money';
import { PageError, PageLoading } from '../../components/page-state';
import { formatMoney } from '../../../shared/money';
import { useFormattingLocale } from '../../i18n/use-locale';
import { PinConfirmDialog, stepUpOf } from './pin-confirm-dialog';
import { SectionCard } from '../../components/section-card';
import { VerticalForm } from '../../components/vertical-form';

type LimitKey = (typeof LIMIT_KEYS)[number];
const MAX_LIMIT = 10_000_000;

/** Limits are whole major units (yuan); Money takes minor units. */
function toMinor(major: number, currency: CurrencyCode): number {
  return major * 10 ** minorDigits(currency);
}

type LowerValues = Partial<Record<LimitKey, number | null>>;

/** The tier, the limits that apply, today's use, and the person's own lower caps. */
export function LimitsCard() {
  const { t } = useTranslation();
  const timeZone = useMemo(() => systemTimeZone(), []);
  const limits = usePurseQuery('limits.get', { timeZone });
  const data = limits.data;
  return (
    <SectionCard
      title={t('limits.title')}
      extra={
        data ? (
          <Tag color={data.tier === 'basic' ? 'default' : 'success'} className="purse-tier-tag">
            {t(`limits.tiers.${data.tier}`)}
          </Tag>
        ) : null
      }
    >
      {limits.isError ? (
        <PageError error={limits.error} onRetry={() => void limits.refetch()} />
      ) : !data ? (
        <PageLoading rows={5} />
      ) : (
        <LimitsBody view={data} />
      )}
    </SectionCard>
  );
}

function LimitsBody({ view }: { readonly view: LimitsView }) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const { currency } = view;
  const rows = LIMIT_KEYS.map((key) => ({ key, own: view.userLimits[key] }));
  return (
    <div className="purse-limits">
      <div className="purse-limits__tier">
        <span className="purse-limits__tier-label">
          {t('limits.tier')}: <strong>{t(`limits.tiers.${view.tier}`)}</strong>
        </span>
        <Typography.Text type="secondary">{t(`limits.tierHelp.${view.tier}`)}</Typography.Text>
        {view.trustedFrom ? (
          <Typography.Text type="secondary">
            {t('limits.trustedFrom', {
              date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(
                view.trustedFrom,
              ),
            })}
          </Typography.Text>
        ) : null}
      </div>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          {
            key: 'limit',
            title: t('limits.limit'),
            render: (_v, row) => t(`limits.kinds.${row.key}`),
          },
          {
            key: 'tier',
            title: t('limits.tierLimit'),
            align: 'right',
            render: (_v, row) => (
              <Money minor={toMinor(view.tierLimits[row.key], currency)} currency={currency} />
            ),
          },
          {
            key: 'own',
            title: t('limits.yours'),
            align: 'right',
            render: (_v, row) =>
              row.own === undefined ? (
                <Typography.Text type="secondary">{t('limits.noOwn')}</Typography.Text>
              ) : (
                <Money minor={toMinor(row.own, currency)} currency={currency} />
              ),
          },
          {
            key: 'applies',
            title: t('limits.applies'),
            align: 'right',
            render: (_v, row) => (
              <Money
                minor={toMinor(view.effective[row.key], currency)}
                currency={currency}
                strong
              />
            ),
          },
        ]}
      />
      <Usage view={view} />
      <LowerLimitsForm view={view} />
    </div>
  );
}

function Usage({ view }: { readonly view: LimitsView }) {
  const { t } = useTranslation();
  const { currency } = view;
  const lines = [
    {
      key: 'today',
      used: view.usedToday,
      room: view.roomToday,
      cap: toMinor(view.effective.daily, currency),
      usedLabel: t('limits.usedToday'),
      roomLabel: t('limits.roomToday'),
    },
    {
      key: 'year',
      used: view.usedThisYear,
      room: view.roomThisYear,
      cap: toMinor(view.effective.yearly, currency),
      usedLabel: t('limits.usedThisYear'),
      roomLabel: t('limits.roomThisYear'),
    },
  ];
  return (
    <section className="purse-limits__usage" aria-label={t('limits.usage')}>
      {lines.map((line) => (
        <div key={line.key} className="purse-usage-line">
          <div className="purse-usage-line__text">
            <span>
              {line.usedLabel} <Money minor={line.used} currency={currency} strong />
            </span>
            <span>
              {line.roomLabel} <Money minor={line.room} currency={currency} strong />
            </span>
          </div>
          <Progress
            percent={line.cap > 0 ? Math.min(100, Math.round((line.used / line.cap) * 100)) : 0}
            showInfo={false}
            size="small"
            aria-label={line.usedLabel}
          />
        </div>
      ))}
    </section>
  );
}

function LowerLimitsForm({ view }: { readonly view: LimitsView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useFormattingLocale();
  const [form] = Form.useForm<LowerValues>();
  // Raising or lifting a cap waits here for the PIN; lowering is saved at once.
  const [raising, setRaising] = useState<OwnLimitsChange | null>(null);
  const save = usePurseMutation('limits.set', {
    onSuccess: () => {
      setRaising(null);
      void message.success(t('limits.saved'));
    },
  });
  const own = view.userLimits;
  const totpEnabled = useSecurityStatus().data?.totpEnabled ?? false;
  const watched = Form.useWatch([], form) as LowerValues | undefined;

  const warningFor = (key: LimitKey): string | undefined => {
    const value = watched?.[key];
    if (typeof value !== 'number' || value <= view.tierLimits[key]) return undefined;
    return t('limits.aboveTier', {
      limit: formatMoney(toMinor(view.tierLimits[key], view.currency), view.currency, locale),
    });
  };

  return (
    <VerticalForm<LowerValues>
      name="limits"
      form={form}
      className="purse-limits__form"
      initialValues={{ perPayment: own.perPayment, daily: own.daily, yearly: own.yearly }}
      onFinish={(values) => {
        const change: OwnLimitsChange = {};
        for (const key of LIMIT_KEYS) {
          const value = values[key];
          change[key] = typeof value === 'number' ? value : null;
        }
        save.reset();
        if (raisesOwnLimits(own, applyOwnLimits(own, change))) setRaising(change);
        else
          save.mutate(change, {
            // Another window may have lowered a cap meanwhile: then this is a rise after all.
            onError: (error) => {
              if (error.code === 'PIN_REQUIRED') setRaising(change);
            },
          });
      }}
    >
      <h3 className="purse-subtitle">{t('limits.lowerTitle')}</h3>
      <Typography.Paragraph type="secondary">
        {t('limits.lowerHelp', { currency: view.currency })}
      </Typography.Paragraph>
      <div className="purse-limits__fields">
        {LIMIT_KEYS.map((key) => {
          const warning = warningFor(key);
          return (
            <Form.Item
              key={key}
              name={key}
              label={t(`limits.kinds.${key}`)}
              rules={[
                {
                  type: 'integer',
                  min: 0,
                  max: MAX_LIMIT,
                  message: t('limits.wholeNumber'),
                },
              ]}
              {...(warning ? { validateStatus: 'warning' as const, help: warning } : {})}
            >
              <InputNumber
                className="purse-limit-input"
                min={0}
                max={MAX_LIMIT}
                precision={0}
                placeholder={t('limits.placeholder')}
                suffix={view.currency}
              />
            </Form.Item>
          );
        })}
      </div>
      {raising === null ? <FormError error={save.error} /> : null}
      <Button type="primary" htmlType="submit" loading={save.isPending && raising === null}>
        {t('limits.save')}
      </Button>
      <PinConfirmDialog
        open={raising !== null}
        title={t('limits.raiseTitle')}
        body={t('limits.raiseBody')}
        submitLabel={t('limits.save')}
        withCode={totpEnabled}
        pending={save.isPending}
        error={raising === null || save.error?.code === 'PIN_REQUIRED' ? null : save.error}
        onSubmit={(values) => save.mutate({ ...(raising ?? {}), ...stepUpOf(values) })}
        onCancel={() => setRaising(null)}
      />
    </VerticalForm>
  );
}
