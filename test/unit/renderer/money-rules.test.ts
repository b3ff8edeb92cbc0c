import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { moneyProblem, parseAmountField } from '../../../src/renderer/components/money-rules';
import { resources } from '../../../src/renderer/i18n/i18n';

const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ resources, lng: 'en', interpolation: { escapeValue: false } }));

describe('amount fields', () => {
  it('parse to minor units without floats', () => {
    expect(parseAmountField('25.50', 'CNY')).toEqual({ ok: true, minor: 2550 });
    expect(parseAmountField('5,000.00', 'CNY')).toEqual({ ok: true, minor: 500000 });
    expect(parseAmountField('0.1', 'CNY')).toEqual({ ok: true, minor: 10 });
    expect(parseAmountField('', 'CNY', { allowEmpty: true })).toEqual({ ok: true, minor: 0 });
  });

  it('explain what is wrong', () => {
    expect(moneyProblem('', 'CNY', i18n.t, { positive: true })).toBe('Enter an amount.');
    expect(moneyProblem('12.345', 'CNY', i18n.t)).toBe(
      'CNY amounts have at most 2 decimal places.',
    );
    expect(moneyProblem('1.5', 'JPY', i18n.t)).toBe('JPY amounts are whole numbers.');
    expect(moneyProblem('1.2345', 'KWD', i18n.t)).toBe(
      'KWD amounts have at most 3 decimal places.',
    );
    expect(moneyProblem('abc', 'CNY', i18n.t)).toBe('Enter a number, such as 25.50.');
    expect(moneyProblem('-5', 'CNY', i18n.t)).toBe('Enter an amount without a minus sign.');
    expect(moneyProblem('-5', 'CNY', i18n.t, { allowNegative: true })).toBeNull();
    expect(moneyProblem('0', 'CNY', i18n.t, { positive: true })).toBe(
      'The amount must be more than zero.',
    );
    expect(moneyProblem('99999999999999999', 'CNY', i18n.t)).toBe('That amount is too large.');
  });
});
