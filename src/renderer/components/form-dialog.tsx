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

/**
 * A FormDialog that makes a new item (`editing` undefined) or changes one (`editing` the
 * item), closed when `editing` is null; `children` draws the form for it.
 */
export function EditingDialog<Item>({
  editing,
  createTitle,
  editTitle,
  width,
  onClose,
  children,
}: {
  readonly editing: Item | undefined | null;
  readonly createTitle: string;
  readonly editTitle: string;
  readonly width: number;
  readonly onClose: () => void;
  readonly children: (item: Item | undefined) => ReactNode;
}) {
  return (
    <FormDialog
      open={editing !== null}
      title={editing ? editTitle : createTitle}
      onClose={onClose}
      width={width}
    >
      {editing !== null && children(editing)}
    </FormDialog>
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
