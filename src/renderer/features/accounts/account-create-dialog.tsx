import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { systemTimeZone } from '../../../shared/dates';
import { ACCOUNT_KINDS, type AccountKind } from '../../../shared/domain';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { AccountKindIcon, useAccountKindLabel } from '../../components/account-kind';
import { AmountField } from '../../components/amount-field';
import { CurrencySelect } from '../../components/currency-select';
import { parseAmountField } from '../../components/money-rules';
import { markServerIssues } from '../../components/server-issues';
import { useSettings } from '../../api/use-settings';
import { maxLength, nameRules } from '../../components/form-rules';
import { FormActions } from '../../components/form-actions';
import { DialogForm, FormDialog } from '../../components/form-dialog';

interface CreateValues {
  kind: AccountKind;
  name: string;
  currency: CurrencyCode;
  openingBalance?: string;
  institution?: string;
}

const WITH_INSTITUTION: readonly AccountKind[] = ['bank_card', 'credit_card', 'savings'];

export interface AccountCreateDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** The kind the form starts with; a wallet unless said. */
  readonly initialKind?: AccountKind;
}

/** Adds an account: its kind, name, currency and the balance it holds today. */
export function AccountCreateDialog({
  open,
  onClose,
  initialKind = 'wallet',
}: AccountCreateDialogProps) {
  const { t } = useTranslation();
  // The form lives only while the dialog is open, so every opening starts empty.
  return (
    <FormDialog open={open} title={t('accounts.createTitle')} onClose={onClose}>
      <CreateForm onClose={onClose} initialKind={initialKind} />
    </FormDialog>
  );
}

function CreateForm({
  onClose,
  initialKind,
}: {
  readonly onClose: () => void;
  readonly initialKind: AccountKind;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const kindLabel = useAccountKindLabel();
  const defaultCurrency = useSettings().data?.defaultCurrency ?? 'CNY';
  const kind = Form.useWatch('kind', form) ?? initialKind;
  const currency = Form.useWatch('currency', form) ?? defaultCurrency;
  const create = usePurseMutation('accounts.create', {
    onSuccess: (account) => {
      void message.success(t('accounts.created', { name: account.name }));
      onClose();
    },
  });

  const submit = (values: CreateValues) => {
    const opening = parseAmountField(values.openingBalance, values.currency, { allowEmpty: true });
    if (!opening.ok) return;
    const institution = values.institution?.trim();
    create.mutate(
      {
        kind: values.kind,
        name: values.name.trim(),
        currency: values.currency,
        openingBalance: opening.minor,
        timeZone: systemTimeZone(),
        ...(institution && WITH_INSTITUTION.includes(values.kind) ? { institution } : {}),
      },
      {
        onError: (error) =>
          markServerIssues(
            form,
            error,
            ['name', 'currency', 'openingBalance', 'institution'],
            t('errors.invalidField'),
          ),
      },
    );
  };

  return (
    <DialogForm<CreateValues>
      form={form}
      initialValues={{ kind: initialKind, currency: defaultCurrency }}
      onFinish={submit}
    >
      <Form.Item name="kind" label={t('accounts.kind')} rules={[{ required: true }]}>
        <Select<AccountKind>
          virtual={false}
          options={ACCOUNT_KINDS.map((value) => ({
            value,
            label: (
              <span className="purse-kind-option">
                <AccountKindIcon kind={value} />
                {kindLabel(value)}
              </span>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('accounts.name')}
        rules={nameRules(t, t('accounts.nameRequired'))}
      >
        <Input autoFocus autoComplete="off" placeholder={t(`accounts.namePlaceholder.${kind}`)} />
      </Form.Item>
      {WITH_INSTITUTION.includes(kind) ? (
        <Form.Item name="institution" label={t('accounts.institution')} rules={[maxLength(t, 80)]}>
          <Input autoComplete="off" placeholder={t('accounts.institutionPlaceholder')} />
        </Form.Item>
      ) : null}
      <Form.Item name="currency" label={t('accounts.currency')} rules={[{ required: true }]}>
        <CurrencySelect />
      </Form.Item>
      <AmountField
        name="openingBalance"
        label={t('accounts.openingBalance')}
        currency={currency}
        dependencies={['currency', 'kind']}
        allowEmpty
        allowNegative={kind === 'credit_card'}
      />
      <FormActions submitLabel={t('accounts.createSubmit')} onCancel={onClose} request={create} />
    </DialogForm>
  );
}
