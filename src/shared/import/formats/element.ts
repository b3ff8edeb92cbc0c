/**
 * A parsed markup element, the same for OFX (SGML or XML) and CAMT: its name without a
 * namespace prefix, its attributes, its own text and its child elements in file order.
 */
export interface MarkupElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly MarkupElement[];
}

/** The first child called `name`, if any. */
export function childOf(
  element: MarkupElement | undefined,
  name: string,
): MarkupElement | undefined {
  return element?.children.find((child) => child.name === name);
}

/** Every child called `name`, in file order. */
export function childrenOf(element: MarkupElement | undefined, name: string): MarkupElement[] {
  return element ? element.children.filter((child) => child.name === name) : [];
}

/** The element at a path of child names (`Bal`, `Tp`, `CdOrPrtry`, `Cd`), if it is there. */
export function pathOf(
  element: MarkupElement | undefined,
  ...names: readonly string[]
): MarkupElement | undefined {
  let at = element;
  for (const name of names) at = childOf(at, name);
  return at;
}

/** The trimmed text at a path of child names; '' when any step is missing. */
export function textAt(element: MarkupElement | undefined, ...names: readonly string[]): string {
  return (pathOf(element, ...names)?.text ?? '').trim();
}

/** Every element called `name` at any depth under `element`, in document order. */
export function descendantsOf(element: MarkupElement, name: string): MarkupElement[] {
  const found: MarkupElement[] = [];
  const visit = (node: MarkupElement) => {
    for (const child of node.children) {
      if (child.name === name) found.push(child);
      else visit(child);
    }
  };
  visit(element);
  return found;
}
