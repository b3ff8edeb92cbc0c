import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BillView } from '../../../shared/bills';
import { PageHeader } from '../../components/page-header';
import { navigate, navigatePath } from '../../shell/use-route';
import { useScheduleText } from './bill-format';
import { ScheduleIcon, useScheduleLabel } from './biller-kind';
import { useArchiveBill } from './use-archive-bill';

/** Back to the Bills screen. */
export function BackButton() {
  const { t } = useTranslation();
  return (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('bills')}>
      {t('bills.detail.back')}
    </Button>
  );
}

/** The bill's name, kind and schedule, with Back, and Edit and Archive while it is active. */
export function BillDetailHeader({ bill }: { readonly bill: BillView }) {
  const { t } = useTranslation();
  const scheduleText = useScheduleText();
  const kindLabel = useScheduleLabel();
  const askArchive = useArchiveBill(bill);
  return (
    <PageHeader
      title={
        <span className="purse-bill-title">
          <ScheduleIcon
            of={{ scheduleKind: bill.kind, billerKind: bill.billerKind }}
            size="large"
          />
          <span>{bill.name}</span>
          {bill.archived ? <Tag className="purse-archived-tag">{t('bills.archived')}</Tag> : null}
        </span>
      }
      subtitle={`${kindLabel({ scheduleKind: bill.kind, billerKind: bill.billerKind })} · ${scheduleText(bill)}`}
      extra={
        <>
          <BackButton />
          {bill.archived ? null : (
            <>
              <Button
                icon={<EditOutlined aria-hidden />}
                onClick={() => navigatePath('bills', [bill.id, 'edit'])}
              >
                {t('bills.detail.edit')}
              </Button>
              <Button danger icon={<DeleteOutlined aria-hidden />} onClick={askArchive}>
                {t('bills.detail.archive')}
              </Button>
            </>
          )}
        </>
      }
    />
  );
}
