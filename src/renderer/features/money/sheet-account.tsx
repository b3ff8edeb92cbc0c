/** The account money leaves, with its balance now: a line of every confirmation sheet. */
export function SheetAccount({
  name,
  balance,
}: {
  readonly name: string | undefined;
  /** "Balance ¥120.00", already in words. */
  readonly balance: string;
}) {
  return (
    <span className="purse-sheet-account">
      <span>{name}</span>
      <span className="purse-muted">{balance}</span>
    </span>
  );
}
