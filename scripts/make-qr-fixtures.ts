// Writes the QR code pictures the payment-request e2e tests read (test/fixtures/qr).
// Run: npx tsx scripts/make-qr-fixtures.ts
import QRCode from 'qrcode';

const OUT = 'test/fixtures/qr';
const FIXTURES = {
  'pay-request.png':
    'purse://pay?merchant=Lucky%20Coffee&amount=18.80&currency=CNY&order=QR-2026-0007&note=Flat%20white',
  'pay-request-zh.png':
    'purse://pay?merchant=%E5%B9%B8%E8%BF%90%E5%92%96%E5%95%A1&amount=9.90&currency=CNY&order=ZH-88',
  'not-a-request.png': 'https://example.com/menu',
  'script-merchant.png':
    'purse://pay?merchant=%3Cscript%3Ealert(1)%3C/script%3E&amount=1&currency=CNY',
};

for (const [file, text] of Object.entries(FIXTURES)) {
  await QRCode.toFile(`${OUT}/${file}`, text, { errorCorrectionLevel: 'M', margin: 4, width: 320 });
  console.log(`${OUT}/${file}: ${text}`);
}
