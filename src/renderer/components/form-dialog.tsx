import { Form, Modal, type FormProps, type ModalProps } from 'antd';
import type { ReactNode } from 'react';

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

/** The form inside a FormDialog: labels above the fields, optional ones marked as such. */
export function DialogForm<Values>(
  props: Omit<FormProps<Values>, 'children'> & { readonly children?: ReactNode },
) {
  return (
    <Form<Values>
      layout="vertical"
      requiredMark="optional"
      className="purse-dialog-form"
      {...props}
    />
  );
}
