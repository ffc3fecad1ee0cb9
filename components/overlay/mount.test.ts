import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mountShadow } from './mount';

describe('mountShadow: the styles reach the shadow root', () => {
  it('as a <style> when the root refuses an adopted sheet (Firefox 140 from a content script)', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const View = document.defaultView as unknown as { Document: { prototype: object }; CSSStyleSheet: unknown };
    // A document with adoptable sheets, whose shadow roots throw on being given one, as Firefox 140's Xrays do.
    Object.defineProperty(View.Document.prototype, 'adoptedStyleSheets', { value: [], configurable: true });
    View.CSSStyleSheet = class {
      replaceSync() {}
    };
    const proto = Object.getPrototypeOf(document.body) as { attachShadow(init: ShadowRootInit): ShadowRoot };
    const attachShadow = proto.attachShadow;
    proto.attachShadow = function (this: Element, init) {
      const root = attachShadow.call(this, init);
      Object.defineProperty(root, 'adoptedStyleSheets', {
        set() {
          throw new Error('Accessing from Xray wrapper is not supported.');
        },
      });
      return root;
    };
    const parent = document.body as unknown as Element;
    const mount = mountShadow({ parent, tag: 'budget-lens-test', css: '.x{color:red}' });
    expect(mount.root.querySelector('style')?.textContent).toBe('.x{color:red}');
    expect(mount.root.querySelector('.bl-root')).not.toBeNull();
  });
});
