/** Why the file could not be read, announced as it appears. */
export function ProblemAlert({ title, text }: { readonly title: string; readonly text: string }) {
  return (
    <div role="alert" className="purse-import-problem" data-testid="import-problem">
      <strong>{title}</strong>
      <div>{text}</div>
    </div>
  );
}
