import { Form, Switch } from 'antd';
import { useTranslation } from 'react-i18next';

/** The autopay switch, with what autopay does. */
export function BillAutopayField() {
  const { t } = useTranslation();
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
