import Icon, {
  CreditCardOutlined,
  FileTextOutlined,
  FireOutlined,
  HomeOutlined,
  InsuranceOutlined,
  MobileOutlined,
  PlaySquareOutlined,
  RiseOutlined,
  ShoppingOutlined,
  SwapOutlined,
  ThunderboltOutlined,
  UserOutlined,
  WifiOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillerKind, ScheduleKind } from '../../../shared/bills';

/** A water drop: antd's icon set has none. Same 1024 grid and fill as its outlined icons. */
function DropSvg() {
  return (
    <svg viewBox="0 0 1024 1024" width="1em" height="1em" fill="currentColor" aria-hidden>
      <path d="M512 64c-11 0-21.4 5.2-28 14C400.4 190.6 208 459.3 208 636c0 167.9 136.1 304 304 304s304-136.1 304-304c0-176.7-192.4-445.4-276-558-6.6-8.8-17-14-28-14zm0 804c-128.1 0-232-103.9-232-232 0-121.3 126.4-322.5 232-470.6C617.6 313.5 744 514.7 744 636c0 128.1-103.9 232-232 232zm-120-232c0-19.9-16.1-36-36-36s-36 16.1-36 36c0 105.9 86.1 192 192 192 19.9 0 36-16.1 36-36s-16.1-36-36-36c-66.2 0-120-53.8-120-120z" />
    </svg>
  );
}

const ICONS: Record<BillerKind, ReactNode> = {
  water: <Icon component={DropSvg} aria-hidden />,
  electricity: <ThunderboltOutlined aria-hidden />,
  gas: <FireOutlined aria-hidden />,
  phone: <MobileOutlined aria-hidden />,
  internet: <WifiOutlined aria-hidden />,
  rent: <HomeOutlined aria-hidden />,
  insurance: <InsuranceOutlined aria-hidden />,
  credit_card: <CreditCardOutlined aria-hidden />,
  subscription: <PlaySquareOutlined aria-hidden />,
  other: <FileTextOutlined aria-hidden />,
};

/** The biller's kind as a coloured tile: a drop for water, a bolt for electricity… */
export function BillerKindIcon({
  kind,
  size = 'normal',
}: {
  readonly kind: BillerKind;
  readonly size?: 'small' | 'normal' | 'large';
}) {
  return (
    <span className={`purse-biller-icon purse-biller-icon--${kind} purse-biller-icon--${size}`}>
      {ICONS[kind]}
    </span>
  );
}

const SCHEDULE_ICONS: Record<Exclude<ScheduleKind, 'bill'>, ReactNode> = {
  income: <RiseOutlined aria-hidden />,
  expense: <ShoppingOutlined aria-hidden />,
  transfer: <SwapOutlined aria-hidden />,
  contact: <UserOutlined aria-hidden />,
};

/** A schedule's tile: a bill's biller kind, or what another kind of schedule does. */
export function ScheduleIcon({
  of,
  size = 'normal',
}: {
  readonly of: { readonly scheduleKind?: ScheduleKind; readonly billerKind: BillerKind };
  readonly size?: 'small' | 'normal' | 'large';
}) {
  const kind = of.scheduleKind ?? 'bill';
  if (kind === 'bill') return <BillerKindIcon kind={of.billerKind} size={size} />;
  return (
    <span className={`purse-biller-icon purse-schedule-icon--${kind} purse-biller-icon--${size}`}>
      {SCHEDULE_ICONS[kind]}
    </span>
  );
}

/** What a schedule is, in words: a bill's biller kind, or the kind of schedule. */
export function useScheduleLabel(): (of: {
  readonly scheduleKind?: ScheduleKind;
  readonly billerKind: BillerKind;
}) => string {
  const { t } = useTranslation();
  return (of) =>
    (of.scheduleKind ?? 'bill') === 'bill'
      ? t(`bills.kinds.${of.billerKind}`)
      : t(`bills.scheduleKinds.${of.scheduleKind ?? 'bill'}`);
}

/** The translated name of a kind of bill. */
export function useBillerKindLabel(): (kind: BillerKind) => string {
  const { t } = useTranslation();
  return (kind) => t(`bills.kinds.${kind}`);
}

/**
 * The built-in expense category a new bill of each kind starts in (the keys of
 * src/ledger/engine/default-categories.ts, read through categories.list's `builtin`).
 */
export const DEFAULT_CATEGORY_BY_KIND: Record<BillerKind, string> = {
  water: 'utilities',
  electricity: 'utilities',
  gas: 'utilities',
  phone: 'telecom',
  internet: 'telecom',
  rent: 'housing',
  insurance: 'insurance',
  credit_card: 'other-expense',
  subscription: 'entertainment',
  other: 'other-expense',
};
