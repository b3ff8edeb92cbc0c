import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { markServerIssues } from '../../components/server-issues';
import { maxLength, nameRules } from '../../components/form-rules';
import { FormActions } from '../../components/form-actions';
import { DialogForm, FormDialog } from '../../components/form-dialog';

interface EditValues {
  name: string;
  institution?: string;
}

interface EditFormProps {
  readonly account: Account;
  readonly onClose: () => void;
}

/** What the edit form takes, with no account while the dialog is closed. */
export interface AccountEditDialogProps extends Omit<EditFormProps, 'account'> {
  /** The account being edited; null when the dialog is closed. */
  readonly account: Account | null;
}

/** Renames an account or changes its institution; kind, currency and money stay. */
export function AccountEditDialog({ account, onClose }: AccountEditDialogProps) {
  const { t } = useTranslation();
  // One form per account edited: it starts from that account's values every time.
  return (
    <FormDialog open={account !== null} title={t('accounts.editTitle')} onClose={onClose}>
      {account ? <EditForm key={account.id} account={account} onClose={onClose} /> : null}
    </FormDialog>
  );
}

/** The dialog's form, for the account it is open on. */
function EditForm({ account, onClose }: EditFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const update = usePurseMutation('accounts.update', {
    onSuccess: (updated) => {
      void message.success(t('accounts.saved', { name: updated.name }));
      onClose();
    },
  });

  const submit = (values: EditValues) => {
    update.mutate(
      { id: account.id, name: values.name.trim(), institution: values.institution?.trim() ?? '' },
      {
        onError: (error) =>
          markServerIssues(form, error, ['name', 'institution'], t('errors.invalidField')),
      },
    );
  };

  return (
    <DialogForm<EditValues>
      form={form}
      initialValues={{ name: account.name, institution: account.institution ?? '' }}
      onFinish={submit}
    >
      <Form.Item
        name="name"
        label={t('accounts.name')}
        rules={nameRules(t, t('accounts.nameRequired'))}
      >
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item name="institution" label={t('accounts.institution')} rules={[maxLength(t, 80)]}>
        <Input autoComplete="off" placeholder={t('accounts.institutionPlaceholder')} />
      </Form.Item>
      <FormActions submitLabel={t('common.save')} onCancel={onClose} request={update} />
    </DialogForm>
  );
}
