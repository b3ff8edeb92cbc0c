import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** How long a note kept with a transaction may be. */
export const MEMO_MAX = 200;

/**
 * A free-text note kept with the transaction; a transfer's reads as its message ("rent for
 * May"), with its own label and placeholder.
 */
export function MemoField({
  label,
  placeholder,
}: {
  readonly label?: string;
  readonly placeholder?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="memo"
      label={label ?? t('record.memo')}
      rules={[{ max: MEMO_MAX, message: t('record.memoTooLong', { count: MEMO_MAX }) }]}
    >
      {/* Counted, never cut: a pasted note longer than the limit is said so, not shortened. */}
      <Input
        autoComplete="off"
        placeholder={placeholder ?? t('record.memoPlaceholder')}
        count={{ show: true, max: MEMO_MAX }}
      />
    </Form.Item>
  );
}
