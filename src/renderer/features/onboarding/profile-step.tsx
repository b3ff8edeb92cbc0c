import { UserOutlined } from '@ant-design/icons';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { markServerIssues } from '../../components/server-issues';
import { GateSubmit } from '../../components/gate-layout';
import { OnboardingStep } from './onboarding-steps';
import { nameRules } from '../../components/form-rules';
import { VerticalForm } from '../../components/vertical-form';

interface ProfileValues {
  displayName: string;
}

/** Step 2: the local profile — only a name to greet the person by; it stays on this computer. */
export function ProfileStep({ displayName }: { readonly displayName?: string | undefined }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProfileValues>();
  const save = usePurseMutation('onboarding.save');
  return (
    <OnboardingStep step="profile" icon={<UserOutlined />}>
      <VerticalForm<ProfileValues>
        form={form}
        initialValues={{ displayName: displayName ?? '' }}
        onFinish={(values) =>
          save.mutate(
            { step: 'pin', displayName: values.displayName.trim() },
            {
              onError: (error) =>
                markServerIssues(form, error, ['displayName'], t('onboarding.profile.nameInvalid')),
            },
          )
        }
      >
        <Form.Item
          name="displayName"
          label={t('onboarding.profile.name')}
          extra={t('onboarding.profile.nameHint')}
          rules={nameRules(t, t('onboarding.profile.nameRequired'), 40)}
        >
          <Input size="large" autoComplete="nickname" maxLength={40} autoFocus />
        </Form.Item>
        <GateSubmit label={t('onboarding.next')} pending={save.isPending} error={save.error} />
      </VerticalForm>
    </OnboardingStep>
  );
}
