import type { ReactNode } from 'react';
import './hint-box.css';

/**
 * A tinted box under a form's fields that follows what is typed: a hint, a preview, a
 * summary. Screen readers hear it change. `className` places it (its margins).
 */
export function HintBox({
  className,
  tone = 'quiet',
  children,
}: {
  readonly className: string;
  /** quiet: secondary text; strong: body text; offer: a coupon's red. */
  readonly tone?: 'quiet' | 'strong' | 'offer';
  readonly children: ReactNode;
}) {
  const toneClass = tone === 'quiet' ? '' : ` purse-hint-box--${tone}`;
  return (
    <div className={`purse-hint-box${toneClass} ${className}`} aria-live="polite">
      {children}
    </div>
  );
}
