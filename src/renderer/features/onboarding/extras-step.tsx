import { SafetyOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '../../../shared/security';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { FormError } from '../../components/form-error';
import { IdentityCard } from '../security/identity-card';
import { TwoFactorCard } from '../security/two-factor-card';
import '../security/security.css';
import { OnboardingStep } from './onboarding-steps';

/**
 * Step 5, optional: two-factor codes and real-name verification (higher limits), the same
 * cards as on the Security screen. "Finish" ends first run for good and makes the Purse
 * wallet, named in the person's language.
 */
export function ExtrasStep({ status }: { readonly status: SecurityStatus }) {
  const { t } = useTranslation();
  const finish = usePurseMutation('onboarding.advance');
  return (
    <OnboardingStep step="extras" icon={<SafetyOutlined />} wide>
      <div className="purse-onboarding__extras">
        <TwoFactorCard status={status} />
        <IdentityCard />
      </div>
      <FormError error={finish.error} />
      <div className="purse-gate__actions">
        <Button
          type="primary"
          size="large"
          block
          loading={finish.isPending}
          onClick={() => finish.mutate({ step: 'done', walletName: t('onboarding.walletName') })}
        >
          {t('onboarding.extras.finish')}
        </Button>
      </div>
    </OnboardingStep>
  );
}
