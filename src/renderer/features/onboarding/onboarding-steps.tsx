import { Steps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GateLayout } from '../../components/gate-layout';

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

/** A step of the guided first run: where it stands among the steps, its icon, title and intro. */
export function OnboardingStep({
  step,
  icon,
  wide = false,
  children,
}: {
  readonly step: Exclude<VisibleStep, 'pin'>;
  readonly icon: ReactNode;
  readonly wide?: boolean;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <GateLayout
      wide={wide}
      top={<OnboardingSteps current={step} />}
      icon={icon}
      title={t(`onboarding.${step}.title`)}
      intro={t(`onboarding.${step}.intro`)}
    >
      {children}
    </GateLayout>
  );
}
