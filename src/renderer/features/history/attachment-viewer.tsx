import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../shared/attachments';
import { PageError, PageLoading } from '../../components/page-state';
import { PdfPreview } from './pdf-preview';
import { dataUrlOf, useAttachmentContent } from './use-attachment-content';

/**
 * An attachment opened inside Purse, never handed to another program: a picture at full
 * size; a PDF drawn page by page.
 */
export function AttachmentViewer({
  info,
  onClose,
}: {
  readonly info: AttachmentInfo | null;
  readonly onClose: () => void;
}) {
  return (
    <Modal
      open={info !== null}
      onCancel={onClose}
      footer={null}
      width={800}
      title={info?.name}
      destroyOnHidden
    >
      {info ? <ViewerBody info={info} /> : null}
    </Modal>
  );
}

function ViewerBody({ info }: { readonly info: AttachmentInfo }) {
  const { t } = useTranslation();
  const content = useAttachmentContent(info.id);
  if (content.error)
    return <PageError error={content.error} onRetry={() => void content.refetch()} />;
  if (!content.data) return <PageLoading />;
  if (info.mime === 'application/pdf')
    return <PdfPreview base64={content.data.bytes} name={info.name} />;
  return (
    <img
      className="purse-attachment-viewer__image"
      src={dataUrlOf(content.data)}
      alt={t('attachments.imageAlt', { name: info.name })}
    />
  );
}
