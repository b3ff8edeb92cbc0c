import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Form, Steps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { markServerIssues } from '../../components/server-issues';
import { GateLayout, GateSubmit } from '../../components/gate-layout';
import { NewPinFields } from '../../components/pin/new-pin-fields';
import { ShowCodesOnce } from '../../components/recovery-codes';
import { VerticalForm } from '../../components/vertical-form';

export interface FirstRunProps {
  /** The PIN is being created: keep this flow on screen even once the status says it is set. */
  readonly onBegin: () => void;
  /** Creating it failed; the status still says whether a PIN exists. */
  readonly onAbort: () => void;
  /** The person saved the recovery codes: on to the app. */
  readonly onFinished: () => void;
  /** The step indicator of a longer flow this is part of (first run's guided steps). */
  readonly steps?: (phase: 'pin' | 'codes') => ReactNode;
}

interface PinValues {
  pin: string;
  pinAgain: string;
}

/** First run: create the payment PIN, then see the recovery codes once and confirm them. */
export function FirstRun({ onBegin, onAbort, onFinished, steps: outerSteps }: FirstRunProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PinValues>();
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const setup = usePurseMutation('security.setupPin', {
    onSuccess: (result) => setCodes(result.recoveryCodes),
  });

  const steps = outerSteps ? (
    outerSteps(codes ? 'codes' : 'pin')
  ) : (
    <Steps
      className="purse-gate__steps"
      size="small"
      current={codes ? 1 : 0}
      items={[{ title: t('lock.setup.stepPin') }, { title: t('lock.setup.stepCodes') }]}
    />
  );

  if (codes) {
    return (
      <GateLayout wide top={steps} title={t('lock.codes.title')} intro={t('lock.codes.intro')}>
        <ShowCodesOnce codes={codes} onDone={onFinished} />
      </GateLayout>
    );
  }

  return (
    <GateLayout
      top={steps}
      icon={<SafetyCertificateOutlined />}
      title={t('lock.setup.title')}
      intro={t('lock.setup.intro')}
    >
      <VerticalForm<PinValues>
        name="create-pin"
        form={form}
        onFinish={(values) => {
          onBegin();
          setup.mutate(
            { pin: values.pin },
            {
              onError: (error) => {
                onAbort();
                markServerIssues(form, error, ['pin'], t('lock.pin.guessable'));
              },
            },
          );
        }}
      >
        <NewPinFields
          className="purse-gate__pin-item"
          label={t('lock.setup.pin')}
          againLabel={t('lock.setup.pinAgain')}
          extra={t('lock.setup.hint')}
          autoFocus
        />
        <GateSubmit label={t('lock.setup.submit')} pending={setup.isPending} error={setup.error} />
      </VerticalForm>
    </GateLayout>
  );
}
