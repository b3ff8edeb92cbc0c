import { App, Button, DatePicker, Form, Input, InputNumber, Radio, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BILLER_KINDS, type Bill, type BillerKind, type BillView } from '../../../shared/bills';
import { systemTimeZone } from '../../../shared/dates';
import type { Account, Category } from '../../../shared/domain';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { AccountSelect } from '../../components/account-select';
import { AmountField } from '../../components/amount-field';
import { CategorySelect } from '../../components/category-select';
import { FormError } from '../../components/form-error';
import { useUiLanguage } from '../../i18n/use-locale';
import { addDays } from './bill-dates';
import { useBillDates, useHourLabel, useScheduleText } from './bill-format';
import {
  ACCOUNT_NUMBER_MAX,
  DEFAULT_REMIND_DAYS,
  DEFAULT_REMIND_HOUR,
  fieldProblems,
  fieldsOfBill,
  firstOccurrence,
  NAME_MAX,
  scheduleOf,
  toBillInput,
  type BillFields,
  type FieldProblem,
  type RepeatChoice,
} from './bill-form-values';
import { BillerKindIcon, DEFAULT_CATEGORY_BY_KIND, useBillerKindLabel } from './biller-kind';

/** What the antd form holds: the bill's fields, the due date as a Dayjs. */
type FormValues = Omit<BillFields, 'firstDue'> & { readonly firstDue: Dayjs | null };

const DATE_FORMATS = { en: 'YYYY-MM-DD', 'zh-CN': 'YYYY年M月D日' } as const;
const REPEATS: readonly RepeatChoice[] = ['monthly', 'weeks', 'months', 'yearly', 'once'];
/** The order people look for kinds in: the household utilities first. */
const KIND_ORDER: readonly BillerKind[] = [
  'electricity',
  'water',
  'gas',
  'phone',
  'internet',
  'rent',
  'insurance',
  'credit_card',
  'subscription',
  'other',
];

export interface BillFormProps {
  /** The bill being edited; none to add one. */
  readonly bill?: BillView;
  /** Open accounts to pay from (the bill's own stays listed even if archived since). */
  readonly accounts: readonly Account[];
  /** Expense categories. */
  readonly categories: readonly Category[];
  readonly today: string;
  readonly onSaved: (bill: Bill) => void;
  readonly onCancel: () => void;
}

/**
 * Adds or edits a bill: who it is with (kind, name, the account number with the biller),
 * how it is paid (account, category, fixed or estimated amount), when (first due date and
 * how it repeats), the reminder, and autopay. The ledger is the judge: the fields its
 * VALIDATION refusals name are marked with what to fix.
 */
export function BillForm({ bill, accounts, categories, today, onSaved, onCancel }: BillFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useUiLanguage();
  const hourLabel = useHourLabel();
  const kindLabel = useBillerKindLabel();
  const scheduleText = useScheduleText();
  const dates = useBillDates();
  const [form] = Form.useForm<FormValues>();
  const categoryChosen = useRef(Boolean(bill));
  const editing = bill !== undefined;

  const defaultCategory = (kind: BillerKind): string | undefined =>
    categories.find((category) => category.builtin === DEFAULT_CATEGORY_BY_KIND[kind])?.id;

  const initialValues = useMemo<FormValues>(() => {
    if (bill) {
      const fields = fieldsOfBill(bill);
      return { ...fields, firstDue: dayjs(fields.firstDue) };
    }
    const firstDue = dayjs(today).add(1, 'month');
    return {
      billerKind: 'electricity',
      name: '',
      accountNumber: '',
      payFromAccountId: accounts[0]?.id ?? '',
      categoryId: defaultCategory('electricity') ?? '',
      amountKind: 'fixed',
      amount: '',
      firstDue,
      repeat: 'monthly',
      dayOfMonth: firstDue.date(),
      interval: 1,
      remindDaysBefore: DEFAULT_REMIND_DAYS,
      remindHour: DEFAULT_REMIND_HOUR,
      autopay: false,
    };
    // The first values only: later changes of the lists must not reset what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSuccess = (saved: Bill) => {
    void message.success(
      editing
        ? t('bills.form.saved', { name: saved.name })
        : t('bills.form.added', { name: saved.name }),
    );
    onSaved(saved);
  };
  const create = usePurseMutation('bills.create', { onSuccess });
  const update = usePurseMutation('bills.update', { onSuccess });
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;

  const kind = Form.useWatch('billerKind', form) ?? initialValues.billerKind;
  const amountKind = Form.useWatch('amountKind', form) ?? initialValues.amountKind;
  const repeat = Form.useWatch('repeat', form) ?? initialValues.repeat;
  const firstDue = Form.useWatch('firstDue', form);
  const day = Form.useWatch('dayOfMonth', form);
  const interval = Form.useWatch('interval', form);
  const remindDays = Form.useWatch('remindDaysBefore', form);
  const remindHour = Form.useWatch('remindHour', form);
  const accountId = Form.useWatch('payFromAccountId', form) ?? initialValues.payFromAccountId;
  const account = accounts.find((candidate) => candidate.id === accountId);
  const currency = account?.currency ?? bill?.currency ?? 'CNY';

  const problemText = (problem: FieldProblem): string => {
    switch (problem) {
      case 'noFutureDate':
        return t('bills.form.errors.noFutureDate');
      case 'reminderPast':
        return t('bills.form.errors.reminderPast');
      case 'accountNumber':
        return t('bills.form.errors.accountNumber');
      case 'amount':
        return t('money.notPositive');
      case 'name':
        return t('bills.form.errors.name');
      case 'invalid':
        return t('errors.invalidField');
    }
  };

  const submit = (values: FormValues) => {
    if (!values.firstDue) return;
    const input = toBillInput(
      { ...values, firstDue: values.firstDue.format('YYYY-MM-DD') },
      currency,
      systemTimeZone(),
    );
    if (!input) return;
    const markFields = (refusal: Parameters<typeof fieldProblems>[0]) => {
      const problems = fieldProblems(refusal);
      form.setFields(
        [...problems].map(([name, problem]) => ({ name, errors: [problemText(problem)] })),
      );
      const first = problems.keys().next();
      if (!first.done) form.scrollToField(first.value, { block: 'center', focus: true });
    };
    if (bill) update.mutate({ id: bill.id, ...input }, { onError: markFields });
    else create.mutate(input, { onError: markFields });
  };


  // In words, what the person is about to save: the schedule, the first date, the reminder.
  const summary = (() => {
    if (!firstDue) return null;
    if (repeat === 'monthly' && !day) return null;
    if ((repeat === 'weeks' || repeat === 'months') && !interval) return null;
    const schedule = scheduleOf({ repeat, dayOfMonth: day ?? 1, interval: interval ?? 1 });
    const key = firstDue.format('YYYY-MM-DD');
    const first = firstOccurrence(key, schedule);
    const reminder = addDays(first, -(remindDays ?? 0));
    return {
      schedule: scheduleText({ firstDue: key, schedule }),
      first: t('bills.form.firstDueLine', { date: dates.date(first, 'weekday') }),
      reminder: t('bills.form.reminderLine', {
        date: dates.date(reminder, 'weekday'),
        time: hourLabel(remindHour ?? DEFAULT_REMIND_HOUR),
      }),
    };
  })();

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={initialValues}
      onFinish={submit}
      onValuesChange={(changed: Partial<FormValues>) => {
        if (create.error) create.reset();
        if (update.error) update.reset();
        if ('categoryId' in changed) categoryChosen.current = true;
        if (changed.billerKind && !categoryChosen.current) {
          const fallback = defaultCategory(changed.billerKind);
          if (fallback) form.setFieldValue('categoryId', fallback);
        }
        // Monthly bills fall on the first due date's day unless the person picks another.
        if (changed.firstDue) form.setFieldValue('dayOfMonth', changed.firstDue.date());
      }}
      className="purse-bill-form"
      scrollToFirstError={{ block: 'center', focus: true }}
    >
      <fieldset className="purse-bill-form__group">
        <legend className="purse-card-title">{t('bills.form.whoTitle')}</legend>
        <Form.Item name="billerKind" label={t('bills.fields.kind')}>
          <Radio.Group
            aria-label={t('bills.fields.kind')}
            className="purse-biller-tiles"
            optionType="button"
            options={KIND_ORDER.filter((value) => BILLER_KINDS.includes(value)).map((value) => ({
              value,
              label: (
                <span className="purse-biller-tile">
                  <BillerKindIcon kind={value} size="small" />
                  <span>{kindLabel(value)}</span>
                </span>
              ),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('bills.fields.name')}
          rules={[
            { required: true, whitespace: true, message: t('bills.form.errors.name') },
            { max: NAME_MAX, message: t('bills.form.errors.tooLong', { count: NAME_MAX }) },
          ]}
        >
          <Input placeholder={t(`bills.form.namePlaceholder.${kind}`)} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="accountNumber"
          label={t('bills.fields.accountNumber')}
          extra={t('bills.form.accountNumberHelp')}
          rules={[
            { required: true, whitespace: true, message: t('bills.form.errors.accountNumber') },
            {
              max: ACCOUNT_NUMBER_MAX,
              message: t('bills.form.errors.tooLong', { count: ACCOUNT_NUMBER_MAX }),
            },
          ]}
        >
          <Input autoComplete="off" spellCheck={false} className="purse-mono" />
        </Form.Item>
      </fieldset>

      <fieldset className="purse-bill-form__group">
        <legend className="purse-card-title">{t('bills.form.payTitle')}</legend>
        <Form.Item
          name="payFromAccountId"
          label={t('bills.fields.payFrom')}
          rules={[{ required: true, message: t('bills.form.errors.payFrom') }]}
        >
          <AccountSelect accounts={accounts} />
        </Form.Item>
        <Form.Item
          name="categoryId"
          label={t('bills.fields.category')}
          rules={[{ required: true, message: t('bills.form.errors.category') }]}
        >
          <CategorySelect categories={categories} />
        </Form.Item>
        <Form.Item name="amountKind" label={t('bills.fields.amountKind')}>
          <Radio.Group
            aria-label={t('bills.fields.amountKind')}
            optionType="button"
            options={[
              { value: 'fixed', label: t('bills.form.fixed') },
              { value: 'variable', label: t('bills.form.variable') },
            ]}
          />
        </Form.Item>
        <AmountField
          name="amount"
          label={amountKind === 'variable' ? t('bills.fields.estimate') : t('bills.fields.amount')}
          currency={currency}
          dependencies={['payFromAccountId']}
          positive
        />
        {amountKind === 'variable' ? (
          <p className="purse-muted purse-bill-form__note">{t('bills.form.variableHelp')}</p>
        ) : null}
      </fieldset>

      <fieldset className="purse-bill-form__group">
        <legend className="purse-card-title">{t('bills.form.whenTitle')}</legend>
        <div className="purse-bill-form__row">
          <Form.Item
            name="firstDue"
            label={repeat === 'once' ? t('bills.fields.dueDate') : t('bills.fields.firstDue')}
            dependencies={['repeat']}
            rules={[
              { required: true, message: t('bills.form.errors.firstDueRequired') },
              {
                validator: (_rule, value: Dayjs | null) => {
                  if (!value) return Promise.resolve();
                  const key = value.format('YYYY-MM-DD');
                  // An existing bill keeps its first date, however long ago that was.
                  if (key < today && key !== bill?.firstDue) {
                    return Promise.reject(new Error(t('bills.form.errors.noFutureDate')));
                  }
                  return Promise.resolve();
                },
              },
            ]}
          >
            <DatePicker
              format={DATE_FORMATS[language]}
              allowClear={false}
              className="purse-date-picker"
            />
          </Form.Item>
          <Form.Item name="repeat" label={t('bills.fields.repeat')}>
            <Select<RepeatChoice>
              virtual={false}
              options={REPEATS.map((value) => ({ value, label: t(`bills.form.repeat.${value}`) }))}
            />
          </Form.Item>
        </div>
        {repeat === 'monthly' ? (
          <Form.Item
            name="dayOfMonth"
            label={t('bills.fields.dayOfMonth')}
            extra={t('bills.form.dayOfMonthHelp')}
            rules={[{ required: true, message: t('bills.form.errors.dayOfMonth') }]}
          >
            <InputNumber min={1} max={31} precision={0} className="purse-bill-form__number" />
          </Form.Item>
        ) : null}
        {repeat === 'weeks' || repeat === 'months' ? (
          <Form.Item
            name="interval"
            label={t('bills.fields.interval')}
            rules={[{ required: true, message: t('bills.form.errors.interval') }]}
          >
            <InputNumber
              min={1}
              max={repeat === 'weeks' ? 52 : 24}
              precision={0}
              suffix={repeat === 'weeks' ? t('bills.form.weeks') : t('bills.form.months')}
              className="purse-bill-form__number purse-bill-form__number--wide"
            />
          </Form.Item>
        ) : null}
        <div className="purse-bill-form__row">
          <Form.Item
            name="remindDaysBefore"
            label={t('bills.fields.remindDaysBefore')}
            rules={[{ required: true, message: t('bills.form.errors.remind') }]}
          >
            <InputNumber
              min={0}
              max={30}
              precision={0}
              suffix={t('bills.form.daysBefore')}
              className="purse-bill-form__number purse-bill-form__number--wide"
            />
          </Form.Item>
          <Form.Item name="remindHour" label={t('bills.fields.remindHour')}>
            <Select<number>
              virtual={false}
              options={Array.from({ length: 24 }, (_, hour) => ({
                value: hour,
                label: hourLabel(hour),
              }))}
            />
          </Form.Item>
        </div>
        {summary ? (
          <div className="purse-bill-form__summary" aria-live="polite">
            <div className="purse-bill-form__summary-title">{summary.schedule}</div>
            <div className="purse-muted">
              {summary.first} · {summary.reminder}
            </div>
          </div>
        ) : null}
        <div className="purse-bill-form__autopay">
          <Form.Item name="autopay" valuePropName="checked" noStyle>
            <Switch id="bill-autopay" aria-describedby="bill-autopay-help" />
          </Form.Item>
          <div>
            <label htmlFor="bill-autopay" className="purse-bill-form__autopay-label">
              {t('bills.fields.autopay')}
            </label>
            <p id="bill-autopay-help" className="purse-muted">
              {t('bills.form.autopayHelp')}
            </p>
          </div>
        </div>
      </fieldset>

      <FormError error={error} />
      <div className="purse-form-actions">
        <Button size="large" onClick={onCancel} disabled={saving}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" size="large" loading={saving}>
          {editing ? t('bills.form.saveChanges') : t('bills.form.save')}
        </Button>
      </div>
    </Form>
  );
}
