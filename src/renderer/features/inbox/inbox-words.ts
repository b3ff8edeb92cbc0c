import type { TFunction } from 'i18next';
import type { BillNotice } from '../../../shared/bills';
import type { BudgetAlert } from '../../../shared/budgets';
import type { GoalAlert } from '../../../shared/goals';
import { isErrorCode } from '../../../shared/errors';
import type { ForecastWarning, InboxEntry, RiskNotice } from '../../../shared/inbox';
import { formatMoney } from '../../../shared/money';
import { formatMonthKey } from '../../components/date-time';
import { hrefOf, hrefOfPath } from '../../shell/routes';

/** What an entry says and where it leads, in the UI's language. */
export interface InboxWords {
  readonly title: string;
  readonly body: string;
  readonly href: string;
  readonly linkLabel: string;
}

export interface WordingContext {
  readonly t: TFunction;
  /** The formatting locale (`zh-CN`, `en-US`). */
  readonly locale: string;
  /** A category's name in the UI language, or undefined when it is unknown. */
  readonly categoryName: (id: string) => string | undefined;
  /** An account's name, or undefined when it is unknown. */
  readonly accountName?: (id: string) => string | undefined;
}

/** "4 Mar 2026" / "2026年3月4日" for a day key like 2026-03-04. */
function formatDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, date),
  );
}

function budgetWords(alert: BudgetAlert, ctx: WordingContext): InboxWords {
  const { t, locale } = ctx;
  const money = (minor: number) => formatMoney(minor, alert.currency, locale);
  const category = ctx.categoryName(alert.categoryId) ?? t('inbox.unknownCategory');
  return {
    title: t(alert.threshold === 100 ? 'inbox.budgetUsedUp' : 'inbox.budget80', { category }),
    body: t('inbox.budgetBody', {
      spent: money(alert.spent),
      available: money(alert.available),
      month: formatMonthKey(alert.month, locale),
    }),
    href: hrefOf('budgets', { month: alert.month }),
    linkLabel: t('inbox.openBudgets'),
  };
}

const BILL_KEYS = {
  reminder: 'billDue',
  overdue: 'billOverdue',
  waiting: 'scheduleWaiting',
  'autopay-paid': 'autopayPaid',
  'autopay-failed': 'autopayFailed',
} as const satisfies Record<BillNotice['kind'], string>;

function billWords(notice: BillNotice, ctx: WordingContext): InboxWords {
  const { t, locale } = ctx;
  const key = BILL_KEYS[notice.kind];
  const values = {
    name: notice.billName,
    amount: formatMoney(notice.amount, notice.currency, locale),
    date: formatDay(notice.dueDate, locale),
    // Why autopay did not go through, as the error's own message says it.
    reason: isErrorCode(notice.reason) ? t(`errors.${notice.reason}`) : t('errors.INTERNAL'),
  };
  return {
    title: t(`inbox.${key}.title`, values),
    body: t(`inbox.${key}.body`, values),
    href: hrefOfPath('bills', [notice.billId]),
    linkLabel: t(
      (notice.scheduleKind ?? 'bill') === 'bill' ? 'inbox.openBill' : 'inbox.openSchedule',
    ),
  };
}

function goalWords(alert: GoalAlert, ctx: WordingContext): InboxWords {
  const { t, locale } = ctx;
  const money = (minor: number) => formatMoney(minor, alert.currency, locale);
  return {
    title: t('inbox.goalBehind.title', { name: alert.name }),
    body: t('inbox.goalBehind.body', {
      saved: money(alert.saved),
      planned: money(alert.expectedByNow),
      monthly: money(alert.monthlyNeeded),
    }),
    href: hrefOf('goals'),
    linkLabel: t('inbox.openGoals'),
  };
}

function riskWords(notice: RiskNotice, ctx: WordingContext): InboxWords {
  const { t, locale } = ctx;
  return {
    title: t(`inbox.risk.${notice.result}`, {
      amount: formatMoney(notice.amount, notice.currency, locale),
    }),
    body: notice.reasons.map((reason) => t(`risk.reasons.${reason}`)).join(' · '),
    href: hrefOf('security', { tab: 'alerts' }),
    linkLabel: t('inbox.openRiskAlerts'),
  };
}

function forecastWords(warning: ForecastWarning, ctx: WordingContext): InboxWords {
  const { t, locale } = ctx;
  return {
    title: t('inbox.forecastBelowZero.title', {
      account: ctx.accountName?.(warning.accountId) ?? t('inbox.unknownAccount'),
      date: formatDay(warning.belowZeroOn, locale),
    }),
    body: t('inbox.forecastBelowZero.body', {
      lowest: formatMoney(warning.lowest, warning.currency, locale),
      date: formatDay(warning.lowestOn, locale),
    }),
    href: hrefOf('analytics'),
    linkLabel: t('inbox.openForecast'),
  };
}

/** Words an entry from its kind and parameters: entries store no text of their own. */
export function wordEntry(entry: InboxEntry, ctx: WordingContext): InboxWords {
  switch (entry.kind) {
    case 'budget-alert':
      return budgetWords(entry.params, ctx);
    case 'bill-notice':
      return billWords(entry.params, ctx);
    case 'goal-behind':
      return goalWords(entry.params, ctx);
    case 'risk-alert':
      return riskWords(entry.params, ctx);
    case 'forecast-warning':
      return forecastWords(entry.params, ctx);
  }
}
