import {
  BarChartOutlined,
  BellOutlined,
  CalendarOutlined,
  FlagOutlined,
  FundOutlined,
  HistoryOutlined,
  HomeOutlined,
  ImportOutlined,
  PayCircleOutlined,
  QuestionCircleOutlined,
  SafetyOutlined,
  SettingOutlined,
  SwapOutlined,
  TagsOutlined,
  ThunderboltOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Area } from './routes';

/** The left navigation, in order, with an icon each. */
export const NAV_ITEMS: readonly { readonly area: Area; readonly icon: ReactNode }[] = [
  { area: 'home', icon: <HomeOutlined aria-hidden /> },
  { area: 'pay', icon: <PayCircleOutlined aria-hidden /> },
  { area: 'transfer', icon: <SwapOutlined aria-hidden /> },
  { area: 'topup', icon: <WalletOutlined aria-hidden /> },
  { area: 'coupons', icon: <TagsOutlined aria-hidden /> },
  { area: 'bills', icon: <CalendarOutlined aria-hidden /> },
  { area: 'budgets', icon: <FundOutlined aria-hidden /> },
  { area: 'goals', icon: <FlagOutlined aria-hidden /> },
  { area: 'analytics', icon: <BarChartOutlined aria-hidden /> },
  { area: 'history', icon: <HistoryOutlined aria-hidden /> },
  { area: 'import', icon: <ImportOutlined aria-hidden /> },
  { area: 'rules', icon: <ThunderboltOutlined aria-hidden /> },
  { area: 'inbox', icon: <BellOutlined aria-hidden /> },
  { area: 'security', icon: <SafetyOutlined aria-hidden /> },
  { area: 'settings', icon: <SettingOutlined aria-hidden /> },
  { area: 'help', icon: <QuestionCircleOutlined aria-hidden /> },
];
