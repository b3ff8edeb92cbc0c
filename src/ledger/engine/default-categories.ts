import type { CategoryKind, LocalizedName } from '../../shared/domain';

export interface DefaultCategory {
  readonly builtin: string;
  readonly kind: CategoryKind;
  readonly name: LocalizedName;
  readonly icon: string;
}

/** One row of the starting set: kind, builtin key, English and Chinese names, icon. */
type Row = readonly [CategoryKind, string, string, string, string];

const ROWS: readonly Row[] = [
  ['expense', 'food', 'Food & dining', '餐饮', 'coffee'],
  ['expense', 'groceries', 'Groceries', '日用超市', 'shopping-cart'],
  ['expense', 'transport', 'Transport', '交通出行', 'car'],
  ['expense', 'shopping', 'Shopping', '购物', 'shopping'],
  ['expense', 'housing', 'Housing & rent', '住房租金', 'home'],
  ['expense', 'utilities', 'Utilities', '水电燃气', 'bulb'],
  ['expense', 'telecom', 'Phone & internet', '通讯网络', 'wifi'],
  ['expense', 'entertainment', 'Entertainment', '休闲娱乐', 'smile'],
  ['expense', 'health', 'Health', '医疗健康', 'medicine-box'],
  ['expense', 'education', 'Education', '教育学习', 'book'],
  ['expense', 'travel', 'Travel', '旅行', 'global'],
  ['expense', 'gifts', 'Gifts & red packets', '人情红包', 'gift'],
  ['expense', 'insurance', 'Insurance', '保险', 'safety'],
  ['expense', 'other-expense', 'Other spending', '其他支出', 'ellipsis'],
  ['income', 'salary', 'Salary', '工资', 'bank'],
  ['income', 'bonus', 'Bonus', '奖金', 'trophy'],
  ['income', 'investment', 'Investment returns', '理财收益', 'rise'],
  ['income', 'red-packets', 'Red packets received', '收到红包', 'gift'],
  ['income', 'other-income', 'Other income', '其他收入', 'ellipsis'],
];

/** The starting set, in both languages; people rename, add and archive from here. */
export const DEFAULT_CATEGORIES: readonly DefaultCategory[] = ROWS.map(
  ([kind, builtin, en, zh, icon]) => ({ builtin, kind, name: { en, zh }, icon }),
);
