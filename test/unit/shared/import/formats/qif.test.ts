import { describe, expect, it } from 'vitest';
import { problemOf, readOk } from '../../../../support/structured-fixtures';

const usd = { currency: 'USD', timeZone: 'Asia/Shanghai' } as const;
const shanghai = (day: string) => Date.parse(`${day}T00:00:00+08:00`);

describe('reading QIF', () => {
  it('reads a Quicken bank export: signs, payees, categories and check numbers', async () => {
    const read = await readOk('qif-quicken-bank-splits.qif', usd);
    expect(read).toMatchObject({
      format: 'qif',
      statement: 'bank',
      dateOrder: { order: 'mdy', ambiguous: false },
      rejectedCount: 0,
    });
    expect(read.currency).toBeUndefined();
    expect(
      read.rows.map((row) => [
        row.line,
        row.occurredAt,
        row.amount,
        row.counterparty,
        row.category,
      ]),
    ).toEqual([
      [2, shanghai('2024-01-05'), -4520, 'Corner Grocery', 'Groceries'],
      [3, shanghai('2024-01-10'), -12000, 'Hardware & Garden', 'Repairs'],
      [4, shanghai('2024-01-15'), 250000, 'Example Corp', 'Salary'],
      // A transfer ([Cash]) has no category.
      [5, shanghai('2024-01-20'), -30000, 'Cash withdrawal', undefined],
      // Utilities:Water/Home: the subcategory, without the class.
      [6, shanghai('2024-01-31'), -1234, 'City Water', 'Water'],
    ]);
    expect(read.rows[0]!.reference).toBe('1001');
    // ATM is not a check number: it names many payments, so it is no reference.
    expect(read.rows[3]!.reference).toBeUndefined();
  });

  it('keeps a split transaction as one row with its total and its lines', async () => {
    const read = await readOk('qif-quicken-bank-splits.qif', usd);
    expect(read.rows.find((row) => row.counterparty === 'Hardware & Garden')).toMatchObject({
      amount: -12000,
      memo: 'House and garden',
      splits: [
        { category: 'Repairs', amount: -8000, memo: 'Paint' },
        { category: 'Garden', amount: -4000, memo: 'Seeds' },
      ],
    });
    expect(read.rows.filter((row) => row.splits)).toHaveLength(1);
  });

  it('leaves out the opening balance record: it is the account’s start, not a transaction', async () => {
    const read = await readOk('qif-quicken-bank-splits.qif', usd);
    expect(read.openingBalanceLeftOut).toBe(true);
    expect(Object.values(read.skipped).every((count) => count === 0)).toBe(true);
    expect(read.rows.some((row) => row.counterparty === 'Opening Balance')).toBe(false);
  });

  it('reads a Windows-1252 credit card section with day-first dates and a split', async () => {
    const read = await readOk('qif-quicken-ccard.cp1252.qif', usd);
    expect(read).toMatchObject({ statement: 'credit-card', dateOrder: { order: 'dmy' } });
    expect(read.rows.map((row) => [row.occurredAt, row.amount, row.counterparty])).toEqual([
      [shanghai('2024-01-05'), -4520, 'Corner Grocery'],
      [shanghai('2024-01-13'), -8990, 'Bookshop & Café'],
      [shanghai('2024-01-20'), 50000, 'Payment - thank you'],
      [shanghai('2024-01-28'), 1500, 'Bookshop & Café'],
    ]);
    expect(read.rows[1]).toMatchObject({ memo: 'Gifts and books', category: 'Gifts' });
  });

  it('reads every date layout Quicken and banks write', async () => {
    const qif = [
      '!Type:Cash',
      ...["1/ 5'24", '1/6/24', '01/07/2024', '2024-01-08', "1/9'2024"].flatMap((date, i) => [
        `D${date}`,
        `T-${i + 1}.00`,
        '^',
      ]),
    ].join('\n');
    const read = await readOk(qif, usd);
    expect(read.rows.map((row) => row.occurredAt)).toEqual(
      ['05', '06', '07', '08', '09'].map((day) => shanghai(`2024-01-${day}`)),
    );
  });

  it('reads dates that fit both orders month first, and day first when the person says so', async () => {
    const qif = '!Type:Bank\nD03/04/2024\nT-1.00\n^\nD05/04/2024\nT-2.00\n^\n';
    const read = await readOk(qif, usd);
    expect(read.dateOrder).toEqual({ order: 'mdy', ambiguous: true });
    expect(read.rows[0]!.occurredAt).toBe(shanghai('2024-03-04'));
    const dayFirst = await readOk(qif, { ...usd, dateOrder: 'dmy' });
    expect(dayFirst.dateOrder).toEqual({ order: 'dmy', ambiguous: true });
    expect(dayFirst.rows[0]!.occurredAt).toBe(shanghai('2024-04-03'));
  });

  it('reads European amounts and totals splits that have no T line', async () => {
    const qif =
      '!Type:Bank\nD13.01.2024\nT-1.234,56\nPA\n^\nD14.01.2024\nPB\nSFood\n$-10,50\nSHome\n$-2,25\n^\n';
    const read = await readOk(qif, usd);
    expect(read.rows.map((row) => row.amount)).toEqual([-123456, -1275]);
  });

  it('lists a record without a date or an amount by its entry number', async () => {
    const qif =
      '!Type:Bank\nD1/2/24\nT-1.00\n^\nT-2.00\nPNo date\n^\nD1/4/24\nPNo amount\n^\nDsoon\nT-3.00\n^\n';
    const read = await readOk(qif, usd);
    expect(read.rows).toHaveLength(1);
    expect(read.rejections).toEqual([
      { line: 2, reason: 'missing-date' },
      { line: 3, reason: 'missing-amount' },
      { line: 4, reason: 'bad-date', detail: 'soon' },
    ]);
  });

  it('reads a file whose writer indented its lines', async () => {
    const read = await readOk('!Type:Bank\n  D1/2/24\n  T-1.00\n  PCafe\n  ^\n', usd);
    expect(read.rows).toEqual([expect.objectContaining({ amount: -100, counterparty: 'Cafe' })]);
  });

  it('passes over category and class lists before the transactions', async () => {
    const qif =
      '!Type:Cat\nNGroceries\nE\n^\n!Type:Class\nNHome\n^\n!Type:Bank\nD1/2/24\nT-1.00\n^\n';
    const read = await readOk(qif, usd);
    expect(read.rows).toHaveLength(1);
  });

  it('refuses an unknown section or an investment account, and reads nothing', async () => {
    expect(await problemOf('!Type:Bank\nD1/2/24\nT-1.00\n^\n!Type:Foo\nD1/3/24\n^\n', usd)).toEqual(
      {
        code: 'qif-unknown-section',
        section: 'Foo',
      },
    );
    expect(
      await problemOf(
        '!Account\nNBroker\nTInvst\n^\n!Type:Invst\nD10/30/2006\nNBuyX\nYFOO\n^\n',
        usd,
      ),
    ).toEqual({ code: 'qif-investment', section: 'Invst' });
  });

  it('refuses transactions of several accounts in one file', async () => {
    const qif =
      '!Account\nNChecking\n^\n!Type:Bank\nD1/2/24\nT-1.00\n^\n' +
      '!Account\nNVisa\n^\n!Type:CCard\nD1/3/24\nT-2.00\n^\n';
    expect(await problemOf(qif, usd)).toEqual({
      code: 'several-accounts',
      format: 'qif',
      count: 2,
    });
  });
});
