import { Button } from 'antd';

export interface RowActionProps {
  /** What the button says ("Edit"). */
  readonly text: string;
  /** Its accessible name, which names the row it acts on ("Edit Cash"). */
  readonly label: string;
  readonly onClick: () => void;
  /** A text button, for the quieter actions. */
  readonly quiet?: boolean;
}

/** A small button acting on one row of a list or table, named after that row for screen readers. */
export function RowAction({ text, label, onClick, quiet = false }: RowActionProps) {
  return (
    <Button size="small" type={quiet ? 'text' : undefined} onClick={onClick} aria-label={label}>
      {text}
    </Button>
  );
}
