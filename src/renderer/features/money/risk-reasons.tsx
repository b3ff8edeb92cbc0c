import { useTranslation } from 'react-i18next';
import type { RiskReason } from '../../../shared/payments';

/** Why Purse is careful with a movement, in words. */
export function RiskReasons({ reasons }: { readonly reasons: readonly RiskReason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <ul className="purse-risk-reasons">
      {reasons.map((reason) => (
        <li key={reason}>{t(`risk.reasons.${reason}`)}</li>
      ))}
    </ul>
  );
}
