import { Modal, type ModalProps } from 'antd';

export interface FormDialogProps extends Omit<
  ModalProps,
  'onCancel' | 'footer' | 'destroyOnHidden'
> {
  readonly onClose: () => void;
}

/** A dialog holding one form that brings its own buttons; closing it drops what was typed. */
export function FormDialog({ onClose, children, ...modal }: FormDialogProps) {
  return (
    <Modal {...modal} onCancel={onClose} footer={null} destroyOnHidden>
      {children}
    </Modal>
  );
}
