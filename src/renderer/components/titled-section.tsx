import { useId, type ReactNode } from 'react';

export interface TitledSectionProps {
  readonly title: ReactNode;
  /** The heading's level: 2 for a part of a screen, 3 for a part of a card or drawer. */
  readonly level?: 2 | 3;
  /** The heading's class (the import screen's, a card's). */
  readonly titleClassName?: string;
  readonly className?: string;
  readonly testId?: string;
  readonly children?: ReactNode;
}

/** A part of a screen named by its heading, which labels it for assistive technology. */
export function TitledSection(props: TitledSectionProps) {
  const id = useId();
  const Heading = props.level === 3 ? 'h3' : 'h2';
  return (
    <section aria-labelledby={id} className={props.className} data-testid={props.testId}>
      <Heading id={id} className={props.titleClassName}>
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}
