import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { PayeeField } from '../../components/payee-field';
import { useSettings } from '../../api/use-settings';
import { CouponLimitFields } from './coupon-limit-fields';
import { CouponPreview } from './coupon-preview';
import type { CouponValues } from './coupon-terms';
import { CouponValueFields } from './coupon-value-fields';
import { useCreateCoupon } from './use-create-coupon';
import { maxLength, nameRules } from '../../components/form-rules';
import { FormActions } from '../../components/form-actions';
import { DialogForm, FormDialog } from '../../components/form-dialog';

export interface CouponCreateDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

/** Adds a coupon to the wallet: what it takes off, where, between which dates, how often. */
export function CouponCreateDialog({ open, onClose }: CouponCreateDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog open={open} title={t('promotions.createTitle')} onClose={onClose} width={520}>
      <CouponForm onClose={onClose} />
    </FormDialog>
  );
}

function CouponForm({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CouponValues>();
  const currency: CurrencyCode = useSettings().data?.defaultCurrency ?? 'CNY';
  const { submit, merchants, error, pending } = useCreateCoupon(form, currency, onClose);
  const kind = Form.useWatch('kind', form) ?? 'threshold';
  const values = Form.useWatch([], form) as CouponValues | undefined;

  return (
    <DialogForm<CouponValues>
      form={form}
      initialValues={{
        kind: 'threshold',
        valid: [dayjs().startOf('day'), dayjs().add(30, 'day').endOf('day')],
        maxUses: 1,
      }}
      onFinish={(input) => void submit(input, kind)}
    >
      <Form.Item
        name="name"
        label={t('promotions.name')}
        rules={nameRules(t, t('promotions.nameRequired'))}
      >
        <Input autoFocus autoComplete="off" placeholder={t('promotions.namePlaceholder')} />
      </Form.Item>
      <CouponValueFields kind={kind} currency={currency} />
      <CouponPreview kind={kind} values={values} currency={currency} />
      <Form.Item
        name="merchant"
        label={t('promotions.merchant')}
        extra={t('promotions.merchantHelp')}
        rules={[maxLength(t, 80)]}
      >
        <PayeeField payees={merchants} placeholder={t('promotions.anyMerchant')} />
      </Form.Item>
      <CouponLimitFields />
      <FormActions
        submitLabel={t('promotions.createSubmit')}
        onCancel={onClose}
        pending={pending}
        error={error}
      />
    </DialogForm>
  );
}
