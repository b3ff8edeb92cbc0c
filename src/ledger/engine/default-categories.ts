import type { CategoryKind, LocalizedName } from '../../shared/domain';

export interface DefaultCategory {
  readonly builtin: string;
  readonly kind: CategoryKind;
  readonly name: LocalizedName;
  readonly icon: string;
}

/** The starting set, in both languages; people rename, add and archive from here. */
export const DEFAULT_CATEGORIES: readonly DefaultCategory[] = [
  { builtin: 'food', kind: 'expense', name: { en: 'Food & dining', zh: '餐饮' }, icon: 'coffee' },
  {
    builtin: 'groceries',
    kind: 'expense',
    name: { en: 'Groceries', zh: '日用超市' },
    icon: 'shopping-cart',
  },
  { builtin: 'transport', kind: 'expense', name: { en: 'Transport', zh: '交通出行' }, icon: 'car' },
  { builtin: 'shopping', kind: 'expense', name: { en: 'Shopping', zh: '购物' }, icon: 'shopping' },
  {
    builtin: 'housing',
    kind: 'expense',
    name: { en: 'Housing & rent', zh: '住房租金' },
    icon: 'home',
  },
  {
    builtin: 'utilities',
    kind: 'expense',
    name: { en: 'Utilities', zh: '水电燃气' },
    icon: 'bulb',
  },
  {
    builtin: 'telecom',
    kind: 'expense',
    name: { en: 'Phone & internet', zh: '通讯网络' },
    icon: 'wifi',
  },
  {
    builtin: 'entertainment',
    kind: 'expense',
    name: { en: 'Entertainment', zh: '休闲娱乐' },
    icon: 'smile',
  },
  {
    builtin: 'health',
    kind: 'expense',
    name: { en: 'Health', zh: '医疗健康' },
    icon: 'medicine-box',
  },
  {
    builtin: 'education',
    kind: 'expense',
    name: { en: 'Education', zh: '教育学习' },
    icon: 'book',
  },
  { builtin: 'travel', kind: 'expense', name: { en: 'Travel', zh: '旅行' }, icon: 'global' },
  {
    builtin: 'gifts',
    kind: 'expense',
    name: { en: 'Gifts & red packets', zh: '人情红包' },
    icon: 'gift',
  },
  { builtin: 'insurance', kind: 'expense', name: { en: 'Insurance', zh: '保险' }, icon: 'safety' },
  {
    builtin: 'other-expense',
    kind: 'expense',
    name: { en: 'Other spending', zh: '其他支出' },
    icon: 'ellipsis',
  },
  { builtin: 'salary', kind: 'income', name: { en: 'Salary', zh: '工资' }, icon: 'bank' },
  { builtin: 'bonus', kind: 'income', name: { en: 'Bonus', zh: '奖金' }, icon: 'trophy' },
  {
    builtin: 'investment',
    kind: 'income',
    name: { en: 'Investment returns', zh: '理财收益' },
    icon: 'rise',
  },
  {
    builtin: 'red-packets',
    kind: 'income',
    name: { en: 'Red packets received', zh: '收到红包' },
    icon: 'gift',
  },
  {
    builtin: 'other-income',
    kind: 'income',
    name: { en: 'Other income', zh: '其他收入' },
    icon: 'ellipsis',
  },
];
