import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

/** Removes a category's budget for the month, once the person confirms. */
export function RemoveBudgetButton({
  category,
  onRemove,
}: {
  readonly category: string;
  readonly onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={t('budgets.removeConfirm', { category })}
      okText={t('budgets.remove')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={onRemove}
    >
      <Button
        type="text"
        danger
        size="small"
        icon={<DeleteOutlined aria-hidden />}
        aria-label={t('budgets.removeFor', { category })}
      />
    </Popconfirm>
  );
}
