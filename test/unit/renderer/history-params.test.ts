import { describe, expect, it } from 'vitest';
import {
  filtersOf,
  localEnd,
  localStart,
  paramsFromQuery,
  queryFromParams,
} from '../../../src/renderer/features/history/history-params';
import { passphraseStrength } from '../../../src/renderer/features/backup/passphrase-strength';
import { historyFiltersSchema } from '../../../src/shared/history';

const ID = '01a22848-a94d-7066-be8c-6e15f3bed62a';

describe('History filters in the address', () => {
  it('round-trips every filter through the address', () => {
    const query = {
      from: '2026-11-01',
      to: '2026-11-30',
      accountId: ID,
      categoryId: ID,
      counterpartyId: ID,
      kinds: ['expense', 'payment'] as const,
      minAmount: 500,
      maxAmount: 12_345,
      text: '火锅',
    };
    const params = new URLSearchParams(paramsFromQuery(query));
    expect(queryFromParams(params)).toEqual(query);
  });

  it('leaves out what is malformed instead of failing: bad dates, ids, kinds and amounts', () => {
    const params = new URLSearchParams(
      'from=2025-02-30&to=yesterday&account=../../x&kinds=expense,bogus&min=-5&max=1.5&q=%20%20',
    );
    expect(queryFromParams(params)).toEqual({ kinds: ['expense'] });
  });

  it('asks the ledger for whole local days, and reads a backwards range the right way round', () => {
    const filters = filtersOf({
      from: '2026-11-30',
      to: '2026-11-01',
      minAmount: 900,
      maxAmount: 100,
    });
    expect(filters).toEqual({
      from: localStart('2026-11-01'),
      to: localEnd('2026-11-30'),
      minAmount: 100,
      maxAmount: 900,
    });
    expect(localEnd('2026-11-30') - localStart('2026-11-30')).toBe(86_400_000 - 1);
    expect(historyFiltersSchema.safeParse(filters).success).toBe(true);
  });
});

describe('passphrase strength hint', () => {
  it('calls short and repetitive passphrases weak and a few ordinary words strong', () => {
    expect(passphraseStrength('short')).toBe('tooShort');
    expect(passphraseStrength('aaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('password12')).toBe('weak');
    expect(passphraseStrength('correct horse battery staple')).toBe('strong');
    expect(passphraseStrength('我的钱包备份密码很长很长')).toBe('strong');
  });
});
