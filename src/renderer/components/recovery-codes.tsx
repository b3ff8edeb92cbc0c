import { CopyOutlined } from '@ant-design/icons';
import { App, Alert, Button, Checkbox, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../features/lock/lock.css';

/** The recovery codes, numbered, in a monospace grid that selects whole codes. */
export function RecoveryCodeList({ codes }: { readonly codes: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <ol className="purse-codes" aria-label={t('lock.codes.listLabel')}>
      {codes.map((code) => (
        <li key={code}>
          <code>{code}</code>
        </li>
      ))}
    </ol>
  );
}

export interface ShowCodesOnceProps {
  readonly codes: readonly string[];
  /** The person confirmed they saved the codes. */
  readonly onDone: () => void;
  readonly doneLabel?: string;
}

/**
 * Codes shown this one time: the list, a copy button, and a required "I have saved them"
 * before the person can go on.
 */
export function ShowCodesOnce({ codes, onDone, doneLabel }: ShowCodesOnceProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [saved, setSaved] = useState(false);
  const [nudge, setNudge] = useState(false);

  const copy = async () => {
    const text = [
      t('lock.codes.clipboardHeader'),
      ...codes.map((code, index) => `${index + 1}. ${code}`),
    ].join('\n');
    try {
      await navigator.clipboard.writeText(text);
      void message.success(t('lock.codes.copied'));
    } catch {
      void message.error(t('lock.codes.copyFailed'));
    }
  };

  return (
    <Form
      layout="vertical"
      onFinish={() => {
        if (saved) onDone();
        else setNudge(true);
      }}
    >
      <Alert className="purse-form-error" type="warning" showIcon title={t('lock.codes.once')} />
      <RecoveryCodeList codes={codes} />
      <div className="purse-codes-actions">
        <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
          {t('lock.codes.copy')}
        </Button>
      </div>
      <Form.Item
        className="purse-codes-confirm"
        validateStatus={nudge && !saved ? 'error' : ''}
        help={nudge && !saved ? t('lock.codes.confirmRequired') : undefined}
      >
        <Checkbox
          checked={saved}
          onChange={(event) => {
            setSaved(event.target.checked);
            setNudge(false);
          }}
        >
          {t('lock.codes.confirm')}
        </Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large">
        {doneLabel ?? t('lock.codes.continue')}
      </Button>
    </Form>
  );
}
