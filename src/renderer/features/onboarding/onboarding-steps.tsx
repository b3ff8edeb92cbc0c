import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';

/** The guided steps as people see them; the PIN step also covers saving the codes. */
export const VISIBLE_STEPS = ['language', 'profile', 'pin', 'card', 'extras'] as const;
export type VisibleStep = (typeof VISIBLE_STEPS)[number];

export function OnboardingSteps({ current }: { readonly current: VisibleStep }) {
  const { t } = useTranslation();
  return (
    <Steps
      className="purse-gate__steps purse-onboarding__steps"
      size="small"
      titlePlacement="vertical"
      current={VISIBLE_STEPS.indexOf(current)}
      items={VISIBLE_STEPS.map((step) => ({ title: t(`onboarding.steps.${step}`) }))}
    />
  );
}
