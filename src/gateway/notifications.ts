import type { CurrencyCode } from '../shared/currencies';
import type { BillNotice } from '../shared/bills';
import type { BudgetAlert } from '../shared/budgets';
import type { GoalAlert } from '../shared/goals';
import type { ForecastWarning } from '../shared/inbox';
import { formatMoney } from '../shared/money';

/** OS notifications: Electron's Notification in the app, the browser's in dev:web. */
export interface NotificationMessage {
  readonly title: string;
  readonly body: string;
  readonly tag?: string;
  readonly onClick?: () => void;
}

export interface Notifier {
  notify(message: NotificationMessage): void;
}

export const silentNotifier: Notifier = { notify: () => undefined };

export type Lang = 'zh' | 'en';

const TEXT = {
  paymentDone: {
    en: (amount: string, payee: string) => ({
      title: 'Payment complete',
      body: `${amount} paid to ${payee}`,
    }),
    zh: (amount: string, payee: string) => ({
      title: '付款成功',
      body: `已向 ${payee} 支付 ${amount}`,
    }),
  },
  transferDone: {
    en: (amount: string, payee: string) => ({
      title: 'Transfer complete',
      body: `${amount} sent to ${payee}`,
    }),
    zh: (amount: string, payee: string) => ({
      title: '转账成功',
      body: `已向 ${payee} 转账 ${amount}`,
    }),
  },
  topupDone: {
    en: (amount: string) => ({ title: 'Top-up complete', body: `${amount} added to your wallet` }),
    zh: (amount: string) => ({ title: '充值成功', body: `钱包已充值 ${amount}` }),
  },
  withdrawalDone: {
    en: (amount: string) => ({
      title: 'Withdrawal complete',
      body: `${amount} sent to your bank card`,
    }),
    zh: (amount: string) => ({ title: '提现成功', body: `已提现 ${amount} 到银行卡` }),
  },
  refundDone: {
    en: (amount: string) => ({ title: 'Refund received', body: `${amount} refunded` }),
    zh: (amount: string) => ({ title: '退款成功', body: `已退款 ${amount}` }),
  },
} as const;

export function langOf(locale: string): Lang {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function moneyMessage(
  kind: keyof typeof TEXT,
  lang: Lang,
  amount: { minor: number; currency: CurrencyCode },
  payee = '',
): { title: string; body: string } {
  const formatted = formatMoney(amount.minor, amount.currency, lang === 'zh' ? 'zh-CN' : 'en-US');
  return TEXT[kind][lang](formatted, payee);
}

const BILL_TEXT = {
  reminder: {
    en: (name: string, amount: string, date: string) => ({
      title: `${name} is due ${date}`,
      body: `${amount} — pay it in Purse`,
    }),
    zh: (name: string, amount: string, date: string) => ({
      title: `${name} 将于 ${date} 到期`,
      body: `${amount}，可在 Purse 中缴费`,
    }),
  },
  overdue: {
    en: (name: string, amount: string, date: string) => ({
      title: `${name} is overdue`,
      body: `${amount} was due ${date}`,
    }),
    zh: (name: string, amount: string, date: string) => ({
      title: `${name} 已逾期`,
      body: `${amount}，到期日 ${date}`,
    }),
  },
  waiting: {
    en: (name: string, amount: string, date: string) => ({
      title: `${name} is waiting for you`,
      body: `${amount} on ${date} — confirm it in Purse`,
    }),
    zh: (name: string, amount: string, date: string) => ({
      title: `${name} 等待确认`,
      body: `${date} 的 ${amount}，请在 Purse 中确认`,
    }),
  },
  'autopay-paid': {
    en: (name: string, amount: string) => ({
      title: `${name} posted on schedule`,
      body: `${amount} recorded on its own`,
    }),
    zh: (name: string, amount: string) => ({
      title: `${name} 已按计划入账`,
      body: `已自动记录 ${amount}`,
    }),
  },
  'autopay-failed': {
    en: (name: string, amount: string) => ({
      title: `${name} could not post on schedule`,
      body: `${amount} is still waiting — open Purse to post it`,
    }),
    zh: (name: string, amount: string) => ({
      title: `${name} 未能按计划入账`,
      body: `${amount} 仍待处理，请打开 Purse 入账`,
    }),
  },
} as const;

export function billMessage(notice: BillNotice, lang: Lang): { title: string; body: string } {
  const amount = formatMoney(notice.amount, notice.currency, lang === 'zh' ? 'zh-CN' : 'en-US');
  return BILL_TEXT[notice.kind][lang](notice.billName, amount, notice.dueDate);
}

export function budgetMessage(
  alert: BudgetAlert,
  categoryName: string,
  lang: Lang,
): { title: string; body: string } {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const spent = formatMoney(alert.spent, alert.currency, locale);
  const available = formatMoney(alert.available, alert.currency, locale);
  if (lang === 'zh') {
    return alert.threshold === 100
      ? { title: `${categoryName} 预算已超支`, body: `本月已花 ${spent}，预算 ${available}` }
      : { title: `${categoryName} 预算已用 80%`, body: `本月已花 ${spent}，预算 ${available}` };
  }
  return alert.threshold === 100
    ? { title: `${categoryName} budget used up`, body: `${spent} spent of ${available} this month` }
    : {
        title: `${categoryName} budget 80% used`,
        body: `${spent} spent of ${available} this month`,
      };
}

export function goalMessage(alert: GoalAlert, lang: Lang): { title: string; body: string } {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const saved = formatMoney(alert.saved, alert.currency, locale);
  const planned = formatMoney(alert.expectedByNow, alert.currency, locale);
  const monthly = formatMoney(alert.monthlyNeeded, alert.currency, locale);
  return lang === 'zh'
    ? {
        title: `储蓄目标“${alert.name}”落后于计划`,
        body: `已存 ${saved}，按计划应为 ${planned}。每月存 ${monthly} 可按时达成。`,
      }
    : {
        title: `Savings goal “${alert.name}” is behind`,
        body: `${saved} saved, ${planned} by the plan. Save ${monthly} a month to reach it in time.`,
      };
}

export function reportMessage(month: string, lang: Lang): { title: string; body: string } {
  return lang === 'zh'
    ? { title: `${month} 月度报告已生成`, body: '查看收支、变化与预算执行情况' }
    : {
        title: `Your ${month} report is ready`,
        body: 'Totals, what changed, and how the budgets went',
      };
}

export function forecastMessage(
  warning: ForecastWarning,
  accountName: string,
  lang: Lang,
): { title: string; body: string } {
  const lowest = formatMoney(warning.lowest, warning.currency, lang === 'zh' ? 'zh-CN' : 'en-US');
  return lang === 'zh'
    ? {
        title: `${accountName} 预计将低于零`,
        body: `预计 ${warning.belowZeroOn} 起余额为负，最低 ${lowest}（${warning.lowestOn}）。`,
      }
    : {
        title: `${accountName} is expected to go below zero`,
        body: `From ${warning.belowZeroOn}, lowest ${lowest} on ${warning.lowestOn}.`,
      };
}
