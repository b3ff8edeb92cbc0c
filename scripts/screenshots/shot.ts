import type { Page } from '@playwright/test';
import type { PurseCalls } from '../../test/e2e/support/purse-calls';
import {
  UI_LANGUAGES,
  type TextKey,
  type TextValues,
  type UiLanguage,
} from '../../test/e2e/support/ui-text';

/** Writes what a shot needs through window.purse, in the shot's language. */
export type Seed = (purse: PurseCalls, language: UiLanguage) => Promise<void>;

/** What a shot's steps work with. */
export interface Scene {
  readonly page: Page;
  readonly language: UiLanguage;
  /** The UI's text in the shot's language (for labels and names to click). */
  readonly t: (key: TextKey, values?: TextValues) => string;
  /** Takes the page now as `<name>-<language>[-dark].png`; a journey takes several. */
  readonly snap: (name: string) => Promise<void>;
}

/** One thing done on the way to a shot. */
export type Step = (scene: Scene) => Promise<void>;

/** Steps one after another. */
export function inOrder(...steps: readonly Step[]): Step {
  return async (scene) => {
    for (const step of steps) await step(scene);
  };
}

export interface Shot {
  /** The PNG's name before its language and theme: `bills-list` → `bills-list-en.png`. */
  readonly name: string;
  readonly language: UiLanguage;
  readonly dark?: boolean;
  /** The window's width (1280 unless said); the page is taken whole. */
  readonly width?: number;
  /** Only the window, as it is (for a dialog), not the whole page. */
  readonly windowOnly?: boolean;
  /**
   * 'first-run': a brand-new Purse. 'set-up': past first run, with the PIN and nothing else.
   * A seed: set up, then the seed's data, then restarted and unlocked.
   */
  readonly start: 'first-run' | 'set-up' | Seed;
  /** From the start to what is to be seen; the page is taken afterwards unless they snapped. */
  readonly steps: Step;
}

type Variant = Partial<Shot> & Pick<Shot, 'language'>;

/** Shots alike but for what each variant says (its language, theme, steps…). */
export function variants(base: Omit<Shot, 'language'>, ...each: readonly Variant[]): Shot[] {
  return each.map((variant) => ({ ...base, ...variant }));
}

/** The same shot in English and in Chinese. */
export function inBoth(shot: Omit<Shot, 'language'>): Shot[] {
  return variants(shot, ...UI_LANGUAGES.map((language) => ({ language })));
}

/** `home-en.png`, `home-zh-CN-dark.png`. */
export function fileName(shot: Shot, name = shot.name): string {
  return `${name}-${shot.language}${shot.dark ? '-dark' : ''}.png`;
}
