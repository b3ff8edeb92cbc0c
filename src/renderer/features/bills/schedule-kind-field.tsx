import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCHEDULE_KINDS, type ScheduleKind } from '../../../shared/bills';

/** What the schedule does on its day: a bill, income, an expense, a move, money to a contact. */
export function ScheduleKindField({ kind }: { readonly kind: ScheduleKind }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="scheduleKind"
      label={t('bills.fields.scheduleKind')}
      extra={t(`bills.scheduleKindHelp.${kind}`)}
    >
      <Radio.Group
        aria-label={t('bills.fields.scheduleKind')}
        optionType="button"
        className="purse-schedule-kinds"
        options={SCHEDULE_KINDS.map((value) => ({
          value,
          label: t(`bills.scheduleKinds.${value}`),
        }))}
      />
    </Form.Item>
  );
}
