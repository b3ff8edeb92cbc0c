import { App, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error';
import { NewPinFields } from '../../components/pin/new-pin-fields';
import { PinField } from '../../components/pin/pin-field';
import { PinInput } from '../../components/pin/pin-input';
import { useStatusMutation } from '../../api/use-security';
import { SectionCard } from '../../components/section-card';
import { VerticalForm } from '../../components/vertical-form';

interface ChangePinValues {
  oldPin: string;
  pin: string;
  pinAgain: string;
}

/** Change the payment PIN: the current one, then the new one twice. */
export function ChangePinCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChangePinValues>();
  const change = useStatusMutation('security.changePin', () => {
    void message.success(t('security.changePin.done'));
    form.resetFields();
  });
  return (
    <SectionCard title={t('security.changePin.title')}>
      <VerticalForm<ChangePinValues>
        name="change-pin"
        form={form}
        onFinish={(values) =>
          change.mutate(
            { oldPin: values.oldPin, newPin: values.pin },
            {
              onError: (error) => {
                if (error.code === 'PIN_WRONG' || error.code === 'PIN_LOCKED')
                  form.setFieldValue('oldPin', '');
                if (error.code === 'VALIDATION')
                  form.setFields([{ name: 'pin', errors: [t('lock.pin.guessable')] }]);
              },
            },
          )
        }
      >
        <PinField
          name="oldPin"
          label={t('security.changePin.current')}
          validateTrigger={['onBlur']}
        >
          <PinInput />
        </PinField>
        <NewPinFields
          oldPinName="oldPin"
          label={t('security.changePin.new')}
          againLabel={t('security.changePin.again')}
        />
        <FormError error={change.error} />
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('security.changePin.submit')}
        </Button>
      </VerticalForm>
    </SectionCard>
  );
}
