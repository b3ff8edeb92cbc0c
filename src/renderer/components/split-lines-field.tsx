import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CurrencyCode } from '../../shared/currencies';
import type { Category, SplitLine } from '../../shared/domain';
import { minorToDecimalString } from '../../shared/money';
import { SPLIT_LINES_MAX, type splitLineSchema } from '../../shared/schemas';
import { splitRemainder } from '../../shared/splits';
import { CategorySelect } from './category-select';
import { Money } from './money';
import { moneyRule, parseAmountField } from './money-rules';
import { TagsSelect } from './tag-fields';
import './split-lines-field.css';

/** A split line as the form holds it: the amount stays text until parsed. */
export interface SplitLineValues {
  readonly categoryId?: string;
  readonly amount?: string;
  readonly memo?: string;
  readonly tags?: string[];
}

/** A split line as the ledger's methods take it. */
type SplitLineInput = z.input<typeof splitLineSchema>;

/** The lines typed, as the ledger takes them; null while one of them cannot be read. */
export function splitLinesOf(
  lines: readonly SplitLineValues[] | undefined,
  currency: CurrencyCode,
): SplitLineInput[] | null {
  if (!lines) return null;
  const out: SplitLineInput[] = [];
  for (const line of lines) {
    const parsed = parseAmountField(line.amount, currency);
    if (!line.categoryId || !parsed.ok || parsed.minor <= 0) return null;
    const memo = line.memo?.trim();
    out.push({
      categoryId: line.categoryId,
      amount: parsed.minor,
      ...(memo ? { memo } : {}),
      ...(line.tags?.length ? { tags: line.tags } : {}),
    });
  }
  return out;
}

/** The form's lines for a stored split (or a category about to be split in two). */
export function splitValuesOf(
  lines: readonly SplitLine[],
  currency: CurrencyCode,
): SplitLineValues[] {
  return lines.map((line) => ({
    categoryId: line.categoryId,
    amount: line.amount > 0 ? minorToDecimalString(line.amount, currency) : '',
    memo: line.memo ?? '',
    tags: [...(line.tags ?? [])],
  }));
}

/** What the lines typed so far add up to, in minor units (unreadable ones count as zero). */
function typedLines(lines: readonly SplitLineValues[] | undefined, currency: CurrencyCode) {
  return (lines ?? []).map((line) => {
    const parsed = parseAmountField(line?.amount, currency);
    return { amount: parsed.ok ? parsed.minor : 0 };
  });
}

/** "Left to split", "Over by", or that the lines add up: said as the person types. */
function Remainder({ remainder, currency }: { remainder: number; currency: CurrencyCode }) {
  const { t } = useTranslation();
  const state = remainder === 0 ? 'done' : remainder > 0 ? 'left' : 'over';
  return (
    <p className={`purse-split__remainder purse-split__remainder--${state}`} role="status">
      {state === 'done' ? t('splits.addsUp') : t(`splits.${state}`)}{' '}
      {state === 'done' ? null : <Money minor={Math.abs(remainder)} currency={currency} />}
    </p>
  );
}

export interface SplitLinesFieldProps {
  /** Categories the lines may use: the transaction's kind, open ones. */
  readonly categories: readonly Category[];
  readonly currency: CurrencyCode;
  /** The form field holding the whole amount, as text. */
  readonly amountField?: string;
  /** The whole amount when the form has no field for it (money a PIN confirmed). */
  readonly fixedAmount?: number;
}

/**
 * A transaction split across categories (`splits` on the form): a line per category with its
 * amount, memo and tags, lines added and removed, and what is left to split shown while
 * typing. The form is refused until the lines add up to the amount.
 */
export function SplitLinesField({
  categories,
  currency,
  amountField = 'amount',
  fixedAmount,
}: SplitLinesFieldProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const amountText = Form.useWatch<string | undefined>(amountField, form);
  const lines = Form.useWatch<SplitLineValues[] | undefined>('splits', form);
  const whole = fixedAmount ?? parseAmountField(amountText, currency);
  const amount = typeof whole === 'number' ? whole : whole.ok ? whole.minor : 0;
  const remainder = splitRemainder(amount, typedLines(lines, currency));
  return (
    <fieldset className="purse-split">
      <legend>{t('splits.title')}</legend>
      <Form.List
        name="splits"
        rules={[
          {
            validator: (_rule, value: SplitLineValues[] | undefined) =>
              splitRemainder(amount, typedLines(value, currency)) === 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('splits.mustAddUp'))),
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <div
                key={field.key}
                className="purse-split__line"
                role="group"
                aria-label={t('splits.line', { n: index + 1 })}
              >
                <Form.Item
                  name={[field.name, 'categoryId']}
                  rules={[{ required: true, message: t('record.categoryRequired') }]}
                  className="purse-split__category"
                >
                  <CategorySelect
                    categories={categories}
                    aria-label={t('splits.category', { n: index + 1 })}
                    placeholder={t('record.categoryPlaceholder')}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'amount']}
                  rules={[moneyRule(currency, t, { positive: true })]}
                  className="purse-split__amount"
                >
                  <Input
                    inputMode="decimal"
                    autoComplete="off"
                    aria-label={t('splits.amount', { n: index + 1 })}
                    placeholder={minorToDecimalString(0, currency)}
                    suffix={<span className="purse-currency-suffix">{currency}</span>}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('splits.removeLine', { n: index + 1 })}
                  disabled={fields.length <= 2}
                  onClick={() => remove(field.name)}
                />
                <Form.Item name={[field.name, 'memo']} className="purse-split__memo">
                  <Input
                    maxLength={200}
                    aria-label={t('splits.memo', { n: index + 1 })}
                    placeholder={t('splits.memoPlaceholder')}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'tags']} className="purse-split__tags">
                  <TagsSelect placeholder={t('splits.tags', { n: index + 1 })} />
                </Form.Item>
              </div>
            ))}
            <Remainder remainder={remainder} currency={currency} />
            <Form.ErrorList errors={errors} />
            <Button
              icon={<PlusOutlined />}
              disabled={fields.length >= SPLIT_LINES_MAX}
              onClick={() =>
                add({ amount: remainder > 0 ? minorToDecimalString(remainder, currency) : '' })
              }
            >
              {t('splits.addLine')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}

export interface SplitToggleProps {
  readonly splitting: boolean;
  readonly onChange: (splitting: boolean) => void;
}

/**
 * Switches a form between one category and a split. A new split starts with two lines, the
 * first on the category chosen so far; lines typed before are kept if the person comes back.
 */
export function SplitToggle({ splitting, onChange }: SplitToggleProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Button
      type="link"
      className="purse-split__toggle"
      onClick={() => {
        if (!splitting && !form.getFieldValue('splits'))
          form.setFieldValue('splits', [
            { categoryId: form.getFieldValue('categoryId') as string | undefined, amount: '' },
            { amount: '' },
          ]);
        onChange(!splitting);
      }}
    >
      {splitting ? t('splits.useOne') : t('splits.split')}
    </Button>
  );
}
