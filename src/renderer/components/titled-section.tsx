import { useId, type ReactNode } from 'react';

export interface TitledSectionProps {
  readonly title: ReactNode;
  /** The heading's class (the import screen's, a card's). */
  readonly titleClassName?: string;
  readonly className?: string;
  readonly testId?: string;
  readonly children?: ReactNode;
}

/** A part of a screen named by its h2, which labels it for assistive technology. */
export function TitledSection(props: TitledSectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={props.className} data-testid={props.testId}>
      <h2 id={id} className={props.titleClassName}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
