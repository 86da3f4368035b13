// The little of the DOM the signing script uses, typed here: the workspace compiles with Node's types and no
// DOM library (adding it to one file would retype every project's Web Crypto calls).

export interface PageElement {
  id: string;
  className: string;
  textContent: string | null;
  readonly dataset: Record<string, string | undefined>;
  readonly classList: { add(name: string): void };
  querySelector<Found extends PageElement = PageElement>(selector: string): Found | null;
  closest(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  before(node: PageElement): void;
  replaceChildren(...nodes: (PageElement | string)[]): void;
  focus(): void;
}

export interface FieldElement extends PageElement {
  value: string;
}

export interface FileInputElement extends FieldElement {
  readonly files: ArrayLike<Blob> | null;
}

export interface FormElement extends PageElement {
  addEventListener(type: 'submit', listener: (event: { preventDefault(): void }) => void): void;
  /** Sends the form without firing `submit` again. */
  submit(): void;
}

export interface PageDocument {
  querySelector<Found extends PageElement = PageElement>(selector: string): Found | null;
  getElementById(id: string): PageElement | null;
  createElement(tag: string): PageElement;
}

export const pageDocument = (globalThis as unknown as { document: PageDocument }).document;
