// jsdom lays nothing out: every element measures 0 × 0, so a virtualised list would think it has
// no room and show no row. The inbox's scroll box is given a window's height here; rows still
// measure 0, so every row of a test's small inbox is rendered.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return this.classList.contains('inbox-scroll') ? 800 : 0;
  },
});
