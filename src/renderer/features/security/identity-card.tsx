import { CheckCircleFilled } from '@ant-design/icons';
import { App, Button, Descriptions, Form, Input, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurseError } from '../../../shared/errors';
import {
  checkPassportNumber,
  checkResidentId,
  IDENTITY_KINDS,
  type IdentityKind,
} from '../../../shared/identity';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { useSecurityStatus } from '../../api/use-security';
import { DateTime } from '../../components/date-time';
import { FormError } from '../../components/form-error';
import { PageError, PageLoading } from '../../components/page-state';
import { useDescribeError } from '../../components/use-describe-error';
import { PinConfirmDialog, stepUpOf } from './pin-confirm-dialog';
import { SectionCard } from '../../components/section-card';
import { requiredText } from '../../components/form-rules';
import { VerticalForm } from '../../components/vertical-form';

interface IdentityValues {
  kind: IdentityKind;
  name: string;
  number: string;
}

const REASONS = ['format', 'checksum', 'birth_date', 'region', 'passport'] as const;
type Reason = (typeof REASONS)[number];

function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && (REASONS as readonly string[]).includes(value);
}

/** Why a number fails, checked here as the ledger will (GB 11643 for resident IDs). */
function numberProblem(kind: IdentityKind, number: string): Reason | null {
  if (kind === 'passport') return checkPassportNumber(number) ? null : 'passport';
  const check = checkResidentId(number);
  return check.ok ? null : (check.problem.toLowerCase() as Reason);
}

/** Real-name verification: the masked result once verified, else the form. */
export function IdentityCard() {
  const { t } = useTranslation();
  const identity = usePurseQuery('identity.get');
  const data = identity.data;
  return (
    <SectionCard
      title={t('identity.title')}
      extra={
        data ? (
          data.verified ? (
            <Tag color="success" icon={<CheckCircleFilled aria-hidden />}>
              {t('identity.verified')}
            </Tag>
          ) : (
            <Tag>{t('identity.notVerified')}</Tag>
          )
        ) : null
      }
    >
      {identity.isError ? (
        <PageError error={identity.error} onRetry={() => void identity.refetch()} />
      ) : !data ? (
        <PageLoading rows={3} />
      ) : data.verified ? (
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'name', label: t('identity.name'), children: data.name },
            {
              key: 'kind',
              label: t('identity.kind'),
              children: data.kind ? t(`identity.kinds.${data.kind}`) : null,
            },
            {
              key: 'number',
              label: t('identity.number'),
              children: <span className="purse-masked-number">{data.numberMasked}</span>,
            },
            {
              key: 'at',
              label: t('identity.verifiedAt'),
              children: data.verifiedAt ? <DateTime value={data.verifiedAt} /> : null,
            },
          ]}
        />
      ) : (
        <VerifyForm />
      )}
    </SectionCard>
  );
}

function VerifyForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [form] = Form.useForm<IdentityValues>();
  const kind = Form.useWatch('kind', form) ?? 'cn_resident';
  const totpEnabled = useSecurityStatus().data?.totpEnabled ?? false;
  // The checked document waits here while the PIN (and code) is asked for.
  const [pending, setPending] = useState<IdentityValues | null>(null);
  const verify = usePurseMutation('identity.verify', {
    onSuccess: () => {
      setPending(null);
      void message.success(t('identity.done'));
    },
  });

  const explain = (error: PurseError): string => {
    const reason = error.details?.['reason'];
    if (error.code !== 'IDENTITY_INVALID' || !isReason(reason)) return describe(error);
    return t(
      `identity.reasons.${kind === 'passport' && reason === 'format' ? 'passport' : reason}`,
    );
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('identity.intro')}</Typography.Paragraph>
      <VerticalForm<IdentityValues>
        name="identity"
        form={form}
        initialValues={{ kind: 'cn_resident' }}
        onFinish={(values) => {
          verify.reset();
          setPending({
            kind: values.kind,
            name: values.name.trim(),
            number: values.number.trim().toUpperCase(),
          });
        }}
      >
        <Form.Item name="kind" label={t('identity.kind')}>
          <Radio.Group
            optionType="button"
            options={IDENTITY_KINDS.map((value) => ({
              value,
              label: t(`identity.kinds.${value}`),
            }))}
            onChange={() => form.setFields([{ name: 'number', errors: [] }])}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('identity.name')}
          rules={[
            requiredText(t('identity.nameRequired')),
            { min: 2, max: 60, message: t('identity.nameRequired') },
          ]}
        >
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="number"
          label={t('identity.number')}
          validateTrigger={['onBlur']}
          dependencies={['kind']}
          rules={[
            requiredText(t('identity.numberRequired')),
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) => {
                if (!value?.trim()) return Promise.resolve();
                const problem = numberProblem(
                  getFieldValue('kind') as IdentityKind,
                  value.trim().toUpperCase(),
                );
                return problem
                  ? Promise.reject(new Error(t(`identity.reasons.${problem}`)))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <Input
            autoComplete="off"
            spellCheck={false}
            className="purse-id-number-input"
            placeholder={t(`identity.numberPlaceholder.${kind}`)}
          />
        </Form.Item>
        {pending === null && verify.error && verify.error.code !== 'IDENTITY_INVALID' ? (
          <FormError error={verify.error} />
        ) : null}
        <div className="purse-form-submit">
          <Button type="primary" htmlType="submit" loading={verify.isPending}>
            {t('identity.submit')}
          </Button>
        </div>
      </VerticalForm>
      <PinConfirmDialog
        open={pending !== null}
        title={t('identity.confirmTitle')}
        body={t('identity.confirmBody')}
        submitLabel={t('identity.confirmSubmit')}
        withCode={totpEnabled}
        pending={verify.isPending}
        error={verify.error}
        onSubmit={(values) => {
          if (!pending) return;
          verify.mutate(
            { ...pending, ...stepUpOf(values) },
            {
              onError: (error) => {
                if (error.code !== 'IDENTITY_INVALID') return;
                // The document, not the PIN, was refused: back to the form to fix it.
                setPending(null);
                form.setFields([{ name: 'number', errors: [explain(error)] }]);
              },
            },
          );
        }}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
