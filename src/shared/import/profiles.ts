import type { ColumnMapping, ImportProfileId } from '../imports';

/** Columns a built-in profile reads beyond the mappable ones. */
export interface ProfileExtras {
  /** 交易状态 / 当前状态: closed rows are skipped, refund rows paired. */
  readonly status?: string;
  readonly merchantRef?: string;
  /** Alipay's older layout: what was refunded of a payment (成功退款（元）). */
  readonly refunded?: string;
  /** WeChat's 交易类型: tells refunds, transfers and red packets apart. */
  readonly type?: string;
}

export interface ImportProfile {
  readonly id: ImportProfileId;
  /** Header cells that identify the source. */
  readonly identify: readonly string[];
  readonly columns: ColumnMapping;
  readonly extras: ProfileExtras;
  /** Data ends at the first line that matches (the trailing summary). */
  readonly footer?: RegExp;
}

/** Alipay's app export since 2023 (支付宝交易明细), GBK, ~24 lines of preamble. */
const ALIPAY: ImportProfile = {
  id: 'alipay',
  identify: ['交易时间', '交易分类', '交易对方', '收/支', '金额', '交易状态', '交易订单号'],
  columns: {
    date: '交易时间',
    amount: '金额',
    direction: '收/支',
    counterparty: '交易对方',
    memo: '商品说明',
    category: '交易分类',
    reference: '交易订单号',
  },
  extras: { status: '交易状态', merchantRef: '商家订单号' },
  footer: /^-{5,}/,
};

/** Alipay's older web export (支付宝交易记录明细查询), with a summary after the rows. */
const ALIPAY_LEGACY: ImportProfile = {
  id: 'alipay-legacy',
  identify: ['交易号', '交易创建时间', '交易对方', '金额（元）', '收/支', '交易状态'],
  columns: {
    date: '交易创建时间',
    amount: '金额（元）',
    direction: '收/支',
    counterparty: '交易对方',
    memo: '商品名称',
    reference: '交易号',
  },
  extras: {
    status: '交易状态',
    merchantRef: '商家订单号',
    refunded: '成功退款（元）',
    type: '类型',
  },
  footer: /^-{5,}/,
};

/** WeChat Pay's bill (微信支付账单明细), UTF-8, 16 lines of preamble, amounts like ¥12.50. */
const WECHAT: ImportProfile = {
  id: 'wechat',
  identify: ['交易时间', '交易类型', '交易对方', '收/支', '金额(元)', '当前状态'],
  columns: {
    date: '交易时间',
    amount: '金额(元)',
    direction: '收/支',
    counterparty: '交易对方',
    memo: '商品',
    category: '交易类型',
    reference: '交易单号',
  },
  extras: { status: '当前状态', merchantRef: '商户单号', type: '交易类型' },
};

export const BUILT_IN_PROFILES: readonly ImportProfile[] = [ALIPAY, ALIPAY_LEGACY, WECHAT];

export const GENERIC_PROFILE: ImportProfile = {
  id: 'generic',
  identify: [],
  columns: {},
  extras: {},
};

export function profileById(id: ImportProfileId): ImportProfile {
  return BUILT_IN_PROFILES.find((profile) => profile.id === id) ?? GENERIC_PROFILE;
}

/** A header cell as compared: no BOM, no padding, half-width brackets left as they are. */
export function headerKey(cell: string): string {
  return cell.replace(/\uFEFF/g, '').trim();
}

/** The built-in profile whose header this is, if any. */
export function matchProfile(header: readonly string[]): ImportProfile | null {
  const keys = new Set(header.map(headerKey));
  return BUILT_IN_PROFILES.find((profile) => profile.identify.every((h) => keys.has(h))) ?? null;
}

const ALIASES: Readonly<Record<keyof ColumnMapping, readonly string[]>> = {
  date: [
    'date',
    'transaction date',
    'posting date',
    'booking date',
    'trans date',
    'completed date',
    'buchungstag',
    'buchungsdatum',
    'datum',
    'fecha',
    'date opération',
    'date operation',
    'value date',
    'valutadatum',
    'valuta',
    'wertstellung',
    'date valeur',
    '交易日期',
    '记账日期',
    '日期',
    '入账日期',
    '交易时间',
  ],
  time: ['time', 'transaction time', 'uhrzeit', '时间', '交易时间'],
  amount: [
    'amount',
    'transaction amount',
    'value',
    'betrag',
    'umsatz',
    'bedrag',
    'montant',
    'importe',
    'importo',
    '金额',
    '交易金额',
    '发生额',
    '金额(元)',
    '金额（元）',
  ],
  debit: [
    'debit',
    'debits',
    'debit amount',
    'withdrawal',
    'withdrawals',
    'money out',
    'paid out',
    'out',
    'soll',
    'ausgang',
    'débit',
    'cargo',
    '支出',
    '支出金额',
    '借方',
    '借方金额',
    '借方发生额',
  ],
  credit: [
    'credit',
    'credits',
    'credit amount',
    'deposit',
    'deposits',
    'money in',
    'paid in',
    'in',
    'haben',
    'eingang',
    'crédit',
    'abono',
    '收入',
    '收入金额',
    '存入',
    '贷方',
    '贷方金额',
    '贷方发生额',
  ],
  direction: [
    '收/支',
    '收支',
    'dr/cr',
    'cr/dr',
    'debit/credit',
    'credit/debit',
    'soll/haben',
    's/h',
    'af bij',
    'af/bij',
    'afbij',
    '借贷标志',
    '借贷',
    'direction',
  ],
  counterparty: [
    'counterparty',
    'counter party',
    'payee',
    'merchant',
    'name',
    'payee name',
    'description',
    'transaction description',
    'beguenstigter/zahlungspflichtiger',
    'begünstigter/zahlungspflichtiger',
    'auftraggeber/empfänger',
    'auftraggeber/zahlungsempfänger',
    'auftraggeber / begünstigter',
    'empfänger/zahlungspflichtiger',
    'zahlungsempfänger*in',
    'zahlungspflichtige*r',
    'name zahlungsbeteiligter',
    'naam / omschrijving',
    'naam/omschrijving',
    'naam tegenpartij',
    'omschrijving',
    'libellé',
    'libelle',
    'concepto',
    '对方户名',
    '对方名称',
    '交易对方',
    '对方账户名',
    '商户名称',
    '收/付款方',
  ],
  memo: [
    'memo',
    'details',
    'narrative',
    'note',
    'notes',
    'remarks',
    'reference text',
    'verwendungszweck',
    'buchungstext',
    'vorgang/verwendungszweck',
    'mededelingen',
    'omschrijving-1',
    'informations complémentaires',
    '摘要',
    '备注',
    '用途',
    '交易摘要',
    '附言',
    '交易描述',
  ],
  category: ['category', 'spending category', 'kategorie', '分类', '交易分类', '类别'],
  currency: ['currency', 'ccy', 'währung', 'waehrung', 'munt', 'devise', '币种', '货币', '币别'],
  reference: [
    'reference',
    'ref',
    'reference number',
    'transaction id',
    'id',
    'kundenreferenz',
    'referenz',
    '流水号',
    '交易流水号',
    '参考号',
    '交易单号',
    '凭证号',
  ],
  balance: [
    'balance',
    'running balance',
    'saldo',
    'saldo na mutatie',
    'kontostand',
    'solde',
    '余额',
    '账户余额',
    '交易后余额',
  ],
};

/**
 * A header cell as matched against the names above: lower case, no currency in brackets
 * ("Betrag (€)", "Amount (GBP)", "Balance (EUR)"), no trailing colon or padding.
 */
export function aliasKey(cell: string): string {
  return headerKey(cell)
    .toLowerCase()
    .replace(/\s*[(（][^()（）]{1,5}[)）]\s*$/u, '')
    .replace(/[:：]$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A first guess at a generic file's columns, from common header names in several languages. */
export function guessColumns(header: readonly string[]): ColumnMapping {
  const keys = header.map(headerKey);
  const lower = keys.map(aliasKey);
  const used = new Set<number>();
  const mapping: Record<string, string> = {};
  for (const role of Object.keys(ALIASES) as (keyof ColumnMapping)[]) {
    for (const alias of ALIASES[role]) {
      const index = lower.findIndex((key, i) => key === alias && !used.has(i));
      if (index >= 0) {
        used.add(index);
        mapping[role] = keys[index]!;
        break;
      }
    }
  }
  // With debit and credit columns there is no single amount column to read.
  if (mapping.debit && mapping.credit) delete mapping.amount;
  return mapping;
}

/**
 * Built-in categories a source's own category names suggest, for payees seen the first
 * time (otherwise the payee's history decides).
 */
export const CATEGORY_HINTS: Readonly<
  Record<string, { readonly expense?: string; readonly income?: string }>
> = {
  餐饮美食: { expense: 'food' },
  餐饮: { expense: 'food' },
  交通出行: { expense: 'transport' },
  爱车养车: { expense: 'transport' },
  日用百货: { expense: 'shopping' },
  服饰装扮: { expense: 'shopping' },
  数码电器: { expense: 'shopping' },
  美容美发: { expense: 'shopping' },
  超市: { expense: 'groceries' },
  家居家装: { expense: 'housing' },
  住房物业: { expense: 'housing' },
  生活服务: { expense: 'utilities' },
  充值缴费: { expense: 'telecom' },
  通讯物流: { expense: 'telecom' },
  文化休闲: { expense: 'entertainment' },
  休闲娱乐: { expense: 'entertainment' },
  运动户外: { expense: 'entertainment' },
  医疗健康: { expense: 'health' },
  教育培训: { expense: 'education' },
  酒店旅游: { expense: 'travel' },
  保险: { expense: 'insurance' },
  转账红包: { expense: 'gifts', income: 'red-packets' },
  微信红包: { expense: 'gifts', income: 'red-packets' },
  '微信红包（单发）': { expense: 'gifts', income: 'red-packets' },
  '微信红包（群红包）': { expense: 'gifts', income: 'red-packets' },
  转账: { expense: 'gifts', income: 'other-income' },
  投资理财: { income: 'investment' },
  工资: { income: 'salary' },
  salary: { income: 'salary' },
  groceries: { expense: 'groceries' },
  dining: { expense: 'food' },
  restaurants: { expense: 'food' },
  transport: { expense: 'transport' },
  travel: { expense: 'travel' },
  shopping: { expense: 'shopping' },
  utilities: { expense: 'utilities' },
  health: { expense: 'health' },
  entertainment: { expense: 'entertainment' },
  // OFX names interest and dividends by their transaction type (INT, DIV).
  interest: { income: 'investment' },
  dividends: { income: 'investment' },
};
