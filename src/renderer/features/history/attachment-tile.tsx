import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../shared/attachments';
import { DeleteButton } from '../../components/delete-button';
import { dataUrlOf, useAttachmentContent } from './use-attachment-content';

export interface AttachmentTileProps {
  readonly info: AttachmentInfo;
  readonly onOpen: (info: AttachmentInfo) => void;
  readonly onRemove: (info: AttachmentInfo) => void;
  readonly removing: boolean;
}

/** One attachment: a thumbnail (or a PDF's icon and name) that opens it, and Remove. */
export function AttachmentTile({ info, onOpen, onRemove, removing }: AttachmentTileProps) {
  const { t } = useTranslation();
  const { name } = info;
  return (
    <li className="purse-attachment">
      <button
        type="button"
        aria-label={t('attachments.open', { name })}
        onClick={() => onOpen(info)}
        className="purse-attachment__open"
      >
        {info.mime === 'application/pdf' ? (
          <FilePdfOutlined className="purse-attachment__icon" aria-hidden />
        ) : (
          <Thumbnail info={info} />
        )}
        <span className="purse-attachment__name">{name}</span>
      </button>
      <DeleteButton
        confirm={t('attachments.removeConfirm', { name })}
        okText={t('attachments.remove')}
        label={t('attachments.removeNamed', { name })}
        onConfirm={() => onRemove(info)}
        loading={removing}
      />
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
