import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** The primary button that adds the first or the next item of a list. */
export function AddButton({
  label,
  onClick,
  disabled,
  size,
}: {
  readonly label: string;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  readonly size?: 'large';
}) {
  return (
    <Button
      type="primary"
      size={size}
      icon={<PlusOutlined aria-hidden />}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
