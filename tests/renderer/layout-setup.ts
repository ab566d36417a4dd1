// jsdom lays nothing out: every element measures 0 × 0, so a virtualised list would think it has
// no room and show no row. The inbox's scroll box is given a window's height here; rows still
// measure 0, so every row of a test's small inbox is rendered.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return this.classList.contains('inbox-scroll') ? 800 : 0;
  },
});

// Nor does jsdom observe sizes. This ResizeObserver reports an element's size (0 × 0 here) as
// it starts observing it, as a browser does after the next layout.
globalThis.ResizeObserver = class {
  constructor(private readonly report: ResizeObserverCallback) {}
  observe(target: Element) {
    const size = { blockSize: 0, inlineSize: 0 };
    const entry = {
      target,
      borderBoxSize: [size],
      contentBoxSize: [size],
      devicePixelContentBoxSize: [size],
      contentRect: target.getBoundingClientRect(),
    };
    this.report([entry], this);
  }
  unobserve() {}
  disconnect() {}
};
