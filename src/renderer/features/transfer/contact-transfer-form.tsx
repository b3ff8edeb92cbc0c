import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { systemTimeZone } from '../../../shared/dates';
import { usePurseQuery } from '../../api/use-purse-query';
import { accountAmount } from '../../components/money-rules';
import { findByName, PayeeNameField } from '../../components/payee-field';
import { useMoneyFlow } from '../money/use-money-flow';
import { TransferFormFrame } from './transfer-form-frame';
import { TransferFromFields } from './transfer-from-fields';
import type { TransferFormProps, TransferRequest } from './transfer-request';
import { chosenCurrency, payingAccount } from '../../components/account-select';

interface ContactValues {
  contact?: string;
  contactNote?: string;
  amount?: string;
  accountId?: string;
  memo?: string;
}

const NOTE_MAX = 120;

/** Send money to a person: one of your contacts, or a new one saved with the transfer. */
export function ContactTransferForm({ accounts, onSent }: TransferFormProps) {
  const { t } = useTranslation();
  const flow = useMoneyFlow<TransferRequest>(onSent);
  const [form] = Form.useForm<ContactValues>();
  const contacts = usePurseQuery('counterparties.list', { kind: 'contact' });
  const contactText = Form.useWatch('contact', form) ?? '';
  const accountId = Form.useWatch('accountId', form);
  const currency = chosenCurrency(accounts, accountId);
  const known = findByName(contacts.data ?? [], contactText);
  const isNew = contactText.trim() !== '' && !known && contacts.data !== undefined;

  const submit = (values: ContactValues) => {
    const sent = accountAmount(accounts, values.accountId, values.amount);
    const name = values.contact?.trim() ?? '';
    if (!sent || !name) return;
    const existing = findByName(contacts.data ?? [], name);
    const note = values.contactNote?.trim();
    const memo = values.memo?.trim();
    flow.confirm({
      accountId: sent.account.id,
      to: existing
        ? { contactId: existing.id }
        : { newContact: { name, ...(note ? { note } : {}) } },
      toName: existing?.name ?? name,
      ...((existing ? existing.note : note) ? { toNote: existing ? existing.note : note } : {}),
      amount: sent.minor,
      ...(memo ? { memo } : {}),
      timeZone: systemTimeZone(),
    });
  };

  return (
    <TransferFormFrame<ContactValues>
      form={form}
      initialValues={{ accountId: payingAccount(accounts)?.id }}
      onFinish={submit}
      accounts={accounts}
      sheet={flow.sheet}
    >
      <PayeeNameField
        name="contact"
        label={t('transfer.contact')}
        requiredMessage={t('transfer.contactRequired')}
        note={known?.note ? known.note : isNew ? t('transfer.newContact') : null}
        payees={contacts.data ?? []}
        placeholder={t('transfer.contactPlaceholder')}
      />
      {isNew ? (
        <Form.Item
          name="contactNote"
          label={t('transfer.contactNote')}
          rules={[{ max: NOTE_MAX, message: t('accounts.nameTooLong', { count: NOTE_MAX }) }]}
        >
          <Input
            autoComplete="off"
            maxLength={NOTE_MAX}
            placeholder={t('transfer.contactNotePlaceholder')}
          />
        </Form.Item>
      ) : null}
      <TransferFromFields accounts={accounts} currency={currency} />
    </TransferFormFrame>
  );
}
