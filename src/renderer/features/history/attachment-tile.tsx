import { DeleteOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../shared/attachments';
import { dataUrlOf, useAttachmentContent } from './use-attachment-content';

/** One attachment: a thumbnail (or a PDF's icon and name) that opens it, and Remove. */
export function AttachmentTile({
  info,
  onOpen,
  onRemove,
  removing,
}: {
  readonly info: AttachmentInfo;
  readonly onOpen: (info: AttachmentInfo) => void;
  readonly onRemove: (info: AttachmentInfo) => void;
  readonly removing: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li className="purse-attachment">
      <button
        type="button"
        className="purse-attachment__open"
        onClick={() => onOpen(info)}
        aria-label={t('attachments.open', { name: info.name })}
      >
        {info.mime === 'application/pdf' ? (
          <FilePdfOutlined className="purse-attachment__icon" aria-hidden />
        ) : (
          <Thumbnail info={info} />
        )}
        <span className="purse-attachment__name">{info.name}</span>
      </button>
      <Popconfirm
        title={t('attachments.removeConfirm', { name: info.name })}
        okText={t('attachments.remove')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => onRemove(info)}
      >
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined aria-hidden />}
          loading={removing}
          aria-label={t('attachments.removeNamed', { name: info.name })}
        />
      </Popconfirm>
    </li>
  );
}

function Thumbnail({ info }: { readonly info: AttachmentInfo }) {
  const { t } = useTranslation();
  const content = useAttachmentContent(info.id);
  if (!content.data) return <span className="purse-attachment__thumb" aria-hidden />;
  return (
    <img
      className="purse-attachment__thumb"
      src={dataUrlOf(content.data)}
      alt={t('attachments.thumbAlt', { name: info.name })}
    />
  );
}
