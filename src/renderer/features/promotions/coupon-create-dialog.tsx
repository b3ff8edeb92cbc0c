import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { PromotionKind } from '../../../shared/payments';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { AmountField } from '../../components/amount-field';
import { FormError } from '../../components/form-error';
import { parseAmountField } from '../../components/money-rules';
import { markServerIssues } from '../../components/server-issues';
import { useUiLanguage } from '../../i18n/use-locale';
import { findByName, PayeeField } from '../../components/payee-field';
import { useSettings } from '../../api/use-settings';
import { parsePercent } from './coupon-rules';
import { useCouponValue } from './use-coupon-text';

interface CouponValues {
  name?: string;
  kind?: PromotionKind;
  percent?: string;
  maxDiscount?: string;
  amountOff?: string;
  minSpend?: string;
  merchant?: string;
  valid?: [Dayjs, Dayjs];
  maxUses?: number;
}

const DATE_FORMATS = { en: 'YYYY-MM-DD', 'zh-CN': 'YYYY年M月D日' } as const;

export interface CouponCreateDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

/** Adds a coupon to the wallet: what it takes off, where, between which dates, how often. */
export function CouponCreateDialog({ open, onClose }: CouponCreateDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('promotions.createTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={520}
    >
      <CouponForm onClose={onClose} />
    </Modal>
  );
}

function CouponForm({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useUiLanguage();
  const couponValue = useCouponValue();
  const [form] = Form.useForm<CouponValues>();
  const currency: CurrencyCode = useSettings().data?.defaultCurrency ?? 'CNY';
  const merchants = usePurseQuery('counterparties.list', { kind: 'merchant' });
  const createMerchant = usePurseMutation('counterparties.create');
  const create = usePurseMutation('promotions.create', {
    onSuccess: (coupon) => {
      void message.success(t('promotions.created', { name: coupon.name }));
      onClose();
    },
  });
  const kind = Form.useWatch('kind', form) ?? 'threshold';
  const values = Form.useWatch([], form) as CouponValues | undefined;

  const money = (text: string | undefined) => {
    const parsed = parseAmountField(text, currency);
    return parsed.ok && parsed.minor > 0 ? parsed.minor : undefined;
  };

  // What the coupon will read like, as the person fills it in.
  const preview = (() => {
    if (!values) return null;
    const percentBp = values.percent ? parsePercent(values.percent) : null;
    const amountOff = money(values.amountOff);
    const minSpend = money(values.minSpend);
    const maxDiscount = money(values.maxDiscount);
    if (kind === 'percent' && percentBp)
      return couponValue({ kind, percentBp, currency, ...(maxDiscount ? { maxDiscount } : {}) });
    if (kind === 'fixed' && amountOff) return couponValue({ kind, amountOff, currency });
    if (kind === 'threshold' && amountOff && minSpend)
      return couponValue({ kind, amountOff, minSpend, currency });
    return null;
  })();

  const submit = async (input: CouponValues) => {
    if (!input.name || !input.valid || !input.maxUses) return;
    const percentBp = input.percent ? parsePercent(input.percent) : null;
    const amountOff = money(input.amountOff);
    const minSpend = money(input.minSpend);
    const maxDiscount = money(input.maxDiscount);
    if (kind === 'threshold' && amountOff && minSpend && amountOff >= minSpend) {
      form.setFields([{ name: 'amountOff', errors: [t('promotions.offBelowSpend')] }]);
      return;
    }
    const merchantName = input.merchant?.trim() ?? '';
    let merchantId: string | undefined;
    try {
      if (merchantName) {
        merchantId =
          findByName(merchants.data ?? [], merchantName)?.id ??
          (await createMerchant.mutateAsync({ kind: 'merchant', name: merchantName })).id;
      }
    } catch {
      return;
    }
    create.mutate(
      {
        name: input.name.trim(),
        kind,
        currency,
        ...(kind === 'percent' && percentBp ? { percentBp } : {}),
        ...(kind === 'percent' && maxDiscount ? { maxDiscount } : {}),
        ...(kind !== 'percent' && amountOff ? { amountOff } : {}),
        ...(kind === 'threshold' && minSpend ? { minSpend } : {}),
        ...(merchantId ? { merchantId } : {}),
        validFrom: input.valid[0].startOf('day').valueOf(),
        validTo: input.valid[1].endOf('day').valueOf(),
        maxUses: input.maxUses,
      },
      {
        onError: (error) =>
          markServerIssues(
            form,
            error,
            ['name', 'percent', 'amountOff', 'minSpend', 'maxDiscount', 'valid', 'maxUses'],
            t('errors.invalidField'),
          ),
      },
    );
  };

  return (
    <Form<CouponValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      className="purse-dialog-form"
      initialValues={{
        kind: 'threshold',
        valid: [dayjs().startOf('day'), dayjs().add(30, 'day').endOf('day')],
        maxUses: 1,
      }}
      onFinish={(input) => void submit(input)}
    >
      <Form.Item
        name="name"
        label={t('promotions.name')}
        rules={[
          { required: true, whitespace: true, message: t('promotions.nameRequired') },
          { max: 80, message: t('accounts.nameTooLong', { count: 80 }) },
        ]}
      >
        <Input autoFocus autoComplete="off" placeholder={t('promotions.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="kind" label={t('promotions.kind')}>
        <Radio.Group
          optionType="button"
          aria-label={t('promotions.kind')}
          options={[
            { value: 'threshold', label: t('promotions.kinds.threshold') },
            { value: 'fixed', label: t('promotions.kinds.fixed') },
            { value: 'percent', label: t('promotions.kinds.percent') },
          ]}
        />
      </Form.Item>
      {kind === 'percent' ? (
        <div className="purse-form-row">
          <Form.Item
            name="percent"
            label={t('promotions.percent')}
            rules={[
              {
                validator: (_rule, value: string | undefined) =>
                  value && parsePercent(value) !== null
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('promotions.percentInvalid'))),
              },
            ]}
            required
          >
            <Input
              inputMode="decimal"
              autoComplete="off"
              suffix="%"
              placeholder="10"
              className="purse-amount-input"
            />
          </Form.Item>
          <AmountField
            name="maxDiscount"
            label={t('promotions.maxDiscount')}
            currency={currency}
            allowEmpty
          />
        </div>
      ) : (
        <div className="purse-form-row">
          {kind === 'threshold' ? (
            <AmountField
              name="minSpend"
              label={t('promotions.minSpend')}
              currency={currency}
              positive
            />
          ) : null}
          <AmountField
            name="amountOff"
            label={t('promotions.amountOff')}
            currency={currency}
            dependencies={['minSpend']}
            positive
          />
        </div>
      )}
      {preview ? (
        <div className="purse-coupon-preview" aria-live="polite">
          {t('promotions.preview', { value: preview })}
        </div>
      ) : null}
      <Form.Item
        name="merchant"
        label={t('promotions.merchant')}
        extra={t('promotions.merchantHelp')}
        rules={[{ max: 80, message: t('accounts.nameTooLong', { count: 80 }) }]}
      >
        <PayeeField payees={merchants.data ?? []} placeholder={t('promotions.anyMerchant')} />
      </Form.Item>
      <div className="purse-form-row">
        <Form.Item
          name="valid"
          label={t('promotions.valid')}
          rules={[{ required: true, message: t('promotions.validRequired') }]}
        >
          <DatePicker.RangePicker
            format={DATE_FORMATS[language]}
            allowClear={false}
            className="purse-date-picker"
          />
        </Form.Item>
        <Form.Item
          name="maxUses"
          label={t('promotions.maxUses')}
          rules={[{ required: true, message: t('promotions.maxUsesRequired') }]}
        >
          <InputNumber min={1} max={10_000} precision={0} className="purse-number-input" />
        </Form.Item>
      </div>
      <FormError error={createMerchant.error ?? create.error} />
      <div className="purse-form-actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          type="primary"
          htmlType="submit"
          loading={create.isPending || createMerchant.isPending}
        >
          {t('promotions.createSubmit')}
        </Button>
      </div>
    </Form>
  );
}
