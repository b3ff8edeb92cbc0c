import { describe, expect, it } from 'vitest';
import { electronNotifier } from '../../../../src/main/notifications/electron-notifier';

class Shown {
  static supported = true;
  static shown: { title: string; body: string }[] = [];
  static isSupported() {
    return Shown.supported;
  }
  constructor(private readonly options: { title: string; body: string }) {}
  show() {
    Shown.shown.push(this.options);
  }
}

describe('electronNotifier', () => {
  it('shows an OS notification from main, and nothing where the OS has none', () => {
    electronNotifier(Shown).notify({ title: 'Payment complete', body: '¥19.90 paid to Luckin' });
    expect(Shown.shown).toEqual([{ title: 'Payment complete', body: '¥19.90 paid to Luckin' }]);
    Shown.supported = false;
    electronNotifier(Shown).notify({ title: 'x', body: 'y' });
    expect(Shown.shown).toHaveLength(1);
  });
});
