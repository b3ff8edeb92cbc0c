import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../shared/attachments';
import * as limits from '../../../shared/attachments';
import { PurseError } from '../../../shared/errors';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { useDescribeError } from '../../components/use-describe-error';
import { attachmentErrorText } from './attachment-error';
import { AttachmentTile } from './attachment-tile';
import { AttachmentViewer } from './attachment-viewer';
import { readFileBase64 } from './read-file-base64';

/**
 * A transaction's receipts (photos and PDFs, sealed in the ledger): their thumbnails, which
 * open in a viewer inside Purse, a button to attach one, and Remove on each.
 */
export function TransactionAttachments({ txnId }: { readonly txnId: string }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const list = usePurseQuery('attachments.list', { txnId });
  const add = usePurseMutation('attachments.add');
  const remove = usePurseMutation('attachments.remove');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [open, setOpen] = useState<AttachmentInfo | null>(null);
  const attachments = list.data ?? [];
  const full = attachments.length >= limits.ATTACHMENTS_PER_TRANSACTION;

  const attach = async (file: File) => {
    setRefusal(null);
    if (file.size > limits.ATTACHMENT_MAX_BYTES) {
      setRefusal(t('attachments.errors.tooLarge'));
      return;
    }
    try {
      const bytes = await readFileBase64(file);
      await add.mutateAsync({ txnId, name: file.name, bytes });
    } catch (thrown) {
      const error =
        thrown instanceof PurseError ? thrown : new PurseError('INTERNAL', String(thrown));
      setRefusal(attachmentErrorText(error, t, describe));
    }
  };

  return (
    <section className="purse-attachments" aria-label={t('attachments.title')}>
      <h3 className="purse-card-title">{t('attachments.title')}</h3>
      {attachments.length ? (
        <ul className="purse-attachments__list">
          {attachments.map((info) => (
            <AttachmentTile
              key={info.id}
              info={info}
              onOpen={setOpen}
              removing={remove.isPending && remove.variables?.id === info.id}
              onRemove={(gone) =>
                remove.mutate({ id: gone.id }, { onError: (error) => setRefusal(describe(error)) })
              }
            />
          ))}
        </ul>
      ) : (
        <p className="purse-history-detail__note">{t('attachments.none')}</p>
      )}
      {refusal ? (
        <Alert className="purse-form-error" type="error" showIcon title={refusal} role="alert" />
      ) : null}
      <Upload
        accept={limits.ATTACHMENT_ACCEPT}
        showUploadList={false}
        multiple={false}
        disabled={full}
        beforeUpload={(file) => {
          void attach(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<PaperClipOutlined aria-hidden />} loading={add.isPending} disabled={full}>
          {t('attachments.attach')}
        </Button>
      </Upload>
      <p className="purse-history-detail__note">
        {full ? t('attachments.full') : t('attachments.hint')}
      </p>
      <AttachmentViewer info={open} onClose={() => setOpen(null)} />
    </section>
  );
}
