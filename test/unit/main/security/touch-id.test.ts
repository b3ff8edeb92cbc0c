import { describe, expect, it, vi } from 'vitest';
import { touchIdProvider } from '../../../../src/main/security/touch-id';

describe('touchIdProvider', () => {
  it('offers Touch ID on a Mac that has it and passes when the person confirms', async () => {
    const promptTouchID = vi.fn(() => Promise.resolve());
    const provider = touchIdProvider({ canPromptTouchID: () => true, promptTouchID }, 'darwin');
    expect(provider.available()).toBe(true);
    expect(await provider.prompt('unlock Purse')).toBe(true);
    expect(promptTouchID).toHaveBeenCalledWith('unlock Purse');
  });

  it('answers false when the person cancels or the finger does not match', async () => {
    const provider = touchIdProvider(
      { canPromptTouchID: () => true, promptTouchID: () => Promise.reject(new Error('cancelled')) },
      'darwin',
    );
    expect(await provider.prompt('pay')).toBe(false);
  });

  it('is hidden on Linux and Windows, and on a Mac without a sensor, and never prompts there', async () => {
    const promptTouchID = vi.fn(() => Promise.resolve());
    for (const [platform, can] of [
      ['linux', true],
      ['win32', true],
      ['darwin', false],
    ] as const) {
      const provider = touchIdProvider({ canPromptTouchID: () => can, promptTouchID }, platform);
      expect(provider.available()).toBe(false);
      expect(await provider.prompt('unlock')).toBe(false);
    }
    expect(promptTouchID).not.toHaveBeenCalled();
  });
});
