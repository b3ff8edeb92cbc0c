import { QrcodeOutlined, SnippetsOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPaymentRequest, parsePaymentRequest } from '../../../../shared/payment-request';
import { navigate } from '../../../shell/use-route';
import { HelpLink } from '../../help/help-link';
import { readQrImage } from './read-qr-image';
import { requestProblem, type QrProblem } from './request-problem';
import './pay-requests.css';

type Problem =
  | { readonly key: 'problem'; readonly code: string }
  | { readonly key: 'qr'; readonly code: QrProblem };

/**
 * Pay a merchant's request: paste its purse://pay link, or choose a picture of its QR code.
 * Either opens the same prefilled payment to review; nothing is paid from here.
 */
export function RequestEntry() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reading, setReading] = useState(false);

  const open = (value: string) => {
    const parsed = parsePaymentRequest(value);
    if (!parsed.ok) {
      setProblem({ key: 'problem', code: parsed.problem });
      return;
    }
    setProblem(null);
    navigate('pay', { request: formatPaymentRequest(parsed.request) });
  };

  const readImage = async (file: File) => {
    setReading(true);
    try {
      const read = await readQrImage(file);
      if (!read.ok) {
        setProblem({ key: 'qr', code: read.reason });
        return;
      }
      const parsed = parsePaymentRequest(read.text);
      // A QR code of something else (a web page, a contact) is not a broken request.
      if (!parsed.ok && (parsed.problem === 'not-a-request' || parsed.problem === 'empty')) {
        setProblem({ key: 'qr', code: 'no-request' });
      } else {
        open(read.text);
      }
    } finally {
      setReading(false);
    }
  };

  return (
    <Card
      className="purse-card purse-form-card purse-request-entry"
      title={t('payRequests.entryTitle')}
    >
      <p className="purse-request-entry__intro">{t('payRequests.entryIntro')}</p>
      <Form layout="vertical" onFinish={() => open(text)}>
        <Form.Item label={t('payRequests.pasteLabel')} htmlFor="pay-request-text">
          <Input.TextArea
            id="pay-request-text"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setProblem(null);
            }}
            placeholder="purse://pay?merchant=…&amount=…&currency=CNY&order=…"
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={4096}
            spellCheck={false}
          />
        </Form.Item>
        <div className="purse-request-entry__actions">
          <Button htmlType="submit" type="primary" icon={<SnippetsOutlined aria-hidden />}>
            {t('payRequests.openPasted')}
          </Button>
          <Upload
            accept="image/png,image/jpeg,image/webp,image/gif,image/bmp"
            showUploadList={false}
            maxCount={1}
            beforeUpload={(file) => {
              void readImage(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<QrcodeOutlined aria-hidden />} loading={reading}>
              {t('payRequests.readQr')}
            </Button>
          </Upload>
        </div>
      </Form>
      {problem ? (
        <Alert
          className="purse-request-entry__problem"
          type="error"
          showIcon
          role="alert"
          data-problem={problem.code}
          title={
            problem.key === 'qr'
              ? t(`payRequests.qr.${problem.code}`)
              : t(`payRequests.problems.${requestProblem(problem.code)}`)
          }
          description={<HelpLink topic="payment-requests" />}
        />
      ) : null}
    </Card>
  );
}
