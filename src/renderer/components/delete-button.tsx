import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

export interface DeleteButtonProps {
  /** The question the person confirms. */
  readonly confirm: string;
  /** The confirming button's text. */
  readonly okText: string;
  /** The icon button's accessible name. */
  readonly label: string;
  readonly onConfirm: () => void;
  /** The deletion is on its way: the button spins. */
  readonly loading?: boolean;
}

/** A small danger icon button that deletes, once the person confirms in a pop-up. */
export function DeleteButton({ confirm, okText, label, onConfirm, loading }: DeleteButtonProps) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={confirm}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={onConfirm}
    >
      <Button
        type="text"
        danger
        size="small"
        icon={<DeleteOutlined aria-hidden />}
        loading={loading}
        aria-label={label}
      />
    </Popconfirm>
  );
}
