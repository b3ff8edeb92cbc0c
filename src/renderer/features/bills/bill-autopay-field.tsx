import { Form, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { POSTS_ON_ITS_OWN, type ScheduleKind } from '../../../shared/bills';

/**
 * Whether the schedule posts on its own on its day (income, expenses and moves between own
 * accounts), or, for a bill or money to a contact, that it always waits for the PIN.
 */
export function BillAutopayField({ kind }: { readonly kind: ScheduleKind }) {
  const { t } = useTranslation();
  if (!POSTS_ON_ITS_OWN.has(kind))
    return <p className="purse-muted purse-bill-form__note">{t('bills.form.waitsForPin')}</p>;
  return (
    <div className="purse-bill-form__autopay">
      <Form.Item name="autopay" valuePropName="checked" noStyle>
        <Switch id="bill-autopay" aria-describedby="bill-autopay-help" />
      </Form.Item>
      <div>
        <label htmlFor="bill-autopay" className="purse-bill-form__autopay-label">
          {t('bills.fields.autopay')}
        </label>
        <p id="bill-autopay-help" className="purse-muted">
          {t('bills.form.autopayHelp')}
        </p>
      </div>
    </div>
  );
}
