import {
  BankOutlined,
  CreditCardOutlined,
  MoneyCollectOutlined,
  PropertySafetyOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountKind } from '../../shared/domain';

const ICONS: Record<AccountKind, ReactNode> = {
  wallet: <WalletOutlined aria-hidden />,
  bank_card: <BankOutlined aria-hidden />,
  credit_card: <CreditCardOutlined aria-hidden />,
  cash: <MoneyCollectOutlined aria-hidden />,
  savings: <PropertySafetyOutlined aria-hidden />,
};

export function AccountKindIcon({ kind }: { readonly kind: AccountKind }) {
  return <span className={`purse-kind-icon purse-kind-icon--${kind}`}>{ICONS[kind]}</span>;
}

/** The translated name of an account kind. */
export function useAccountKindLabel(): (kind: AccountKind) => string {
  const { t } = useTranslation();
  return (kind) => t(`accountKinds.${kind}`);
}
