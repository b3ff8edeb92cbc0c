import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScheduleKind } from '../../../shared/bills';
import type { Account, Counterparty } from '../../../shared/domain';
import { AccountField } from '../../components/account-select';
import { nameRules } from '../../components/form-rules';
import { NAME_MAX } from './bill-form-values';

/**
 * What a schedule other than a bill is: its name, and where a transfer arrives or which
 * contact receives the money.
 */
export function ScheduleWhatFields({
  kind,
  accounts,
  contacts,
}: {
  readonly kind: Exclude<ScheduleKind, 'bill'>;
  readonly accounts: readonly Account[];
  readonly contacts: readonly Counterparty[];
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="purse-bill-form__group">
      <legend className="purse-card-title">{t('bills.form.whatTitle')}</legend>
      <Form.Item
        name="name"
        label={t('bills.fields.name')}
        rules={nameRules(t, t('bills.form.errors.name'), NAME_MAX)}
      >
        <Input placeholder={t(`bills.form.kindPlaceholder.${kind}`)} autoComplete="off" />
      </Form.Item>
      {kind === 'transfer' ? (
        <AccountField
          name="toAccountId"
          label={t('bills.fields.toAccount')}
          accounts={accounts}
          requiredMessage={t('bills.form.errors.toAccount')}
        />
      ) : null}
      {kind === 'contact' ? (
        <Form.Item
          name="contactId"
          label={t('bills.fields.contact')}
          rules={[{ required: true, message: t('bills.form.errors.contact') }]}
          {...(contacts.length === 0 ? { extra: t('bills.form.noContacts') } : {})}
        >
          <Select
            virtual={false}
            showSearch={{ optionFilterProp: 'label' }}
            options={contacts.map((contact) => ({ value: contact.id, label: contact.name }))}
          />
        </Form.Item>
      ) : null}
    </fieldset>
  );
}
