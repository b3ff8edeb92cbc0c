import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEMO_MAX } from '../record/record-fields';

/** The message that goes with a transfer ("rent for May"). */
export function TransferMemoField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="memo"
      label={t('transfer.memo')}
      rules={[{ max: MEMO_MAX, message: t('record.memoTooLong', { count: MEMO_MAX }) }]}
    >
      <Input
        autoComplete="off"
        placeholder={t('transfer.memoPlaceholder')}
        count={{ show: true, max: MEMO_MAX }}
      />
    </Form.Item>
  );
}
