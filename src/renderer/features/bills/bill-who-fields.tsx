import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { BILLER_KINDS, type BillerKind } from '../../../shared/bills';
import { ACCOUNT_NUMBER_MAX, NAME_MAX } from './bill-form-values';
import { BillerKindIcon, useBillerKindLabel } from './biller-kind';
import { maxLength, nameRules, requiredText } from '../../components/form-rules';

/** Who the bill is with: the kind of biller (as tiles), its name, the account number there. */
export function BillWhoFields({ kind }: { readonly kind: BillerKind }) {
  const { t } = useTranslation();
  const kindLabel = useBillerKindLabel();
  return (
    <fieldset className="purse-bill-form__group">
      <legend className="purse-card-title">{t('bills.form.whoTitle')}</legend>
      <Form.Item name="billerKind" label={t('bills.fields.kind')}>
        <Radio.Group
          aria-label={t('bills.fields.kind')}
          className="purse-biller-tiles"
          optionType="button"
          options={BILLER_KINDS.map((value) => ({
            value,
            label: (
              <span className="purse-biller-tile">
                <BillerKindIcon kind={value} size="small" />
                <span>{kindLabel(value)}</span>
              </span>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('bills.fields.name')}
        rules={nameRules(t, t('bills.form.errors.name'), NAME_MAX)}
      >
        <Input placeholder={t(`bills.form.namePlaceholder.${kind}`)} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="accountNumber"
        label={t('bills.fields.accountNumber')}
        extra={t('bills.form.accountNumberHelp')}
        rules={[
          requiredText(t('bills.form.errors.accountNumber')),
          maxLength(t, ACCOUNT_NUMBER_MAX),
        ]}
      >
        <Input autoComplete="off" spellCheck={false} className="purse-mono" />
      </Form.Item>
    </fieldset>
  );
}
