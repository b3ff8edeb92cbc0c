import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEMO_MAX } from './record-fields';

/** A free-text note kept with the transaction. */
export function MemoField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="memo"
      label={t('record.memo')}
      rules={[{ max: MEMO_MAX, message: t('record.memoTooLong', { count: MEMO_MAX }) }]}
    >
      {/* Counted, never cut: a pasted note longer than the limit is said so, not shortened. */}
      <Input
        autoComplete="off"
        placeholder={t('record.memoPlaceholder')}
        count={{ show: true, max: MEMO_MAX }}
      />
    </Form.Item>
  );
}
