/** A minimal DOM stand-in for renderer tests: records structure and refuses innerHTML outright. */

export class FakeText {
  constructor(public data: string) {}
  get textContent(): string {
    return this.data;
  }
}

export class FakeElement {
  readonly attributes = new Map<string, string>();
  children: Array<FakeElement | FakeText> = [];
  readonly listeners = new Map<string, Array<() => void>>();
  constructor(readonly tagName: string) {}

  append(...nodes: Array<FakeElement | FakeText | string>): void {
    for (const node of nodes) this.children.push(typeof node === 'string' ? new FakeText(node) : node);
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  click(): void {
    for (const listener of this.listeners.get('click') ?? []) listener();
  }
  get textContent(): string {
    return this.children.map((child) => child.textContent).join('');
  }
  set innerHTML(_value: string) {
    throw new Error('innerHTML must never be used');
  }
  /** Every element in the subtree, this one included. */
  descendants(): FakeElement[] {
    return [this, ...this.children.flatMap((child) => (child instanceof FakeElement ? child.descendants() : []))];
  }
  find(tagName: string): FakeElement[] {
    return this.descendants().filter((element) => element.tagName === tagName);
  }
}

export const fakeDocument = {
  createElement: (tagName: string) => new FakeElement(tagName),
  createTextNode: (data: string) => new FakeText(data),
};
