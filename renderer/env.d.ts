import type { FlagwatchApi } from '../preload/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser, where the page builds it. */
    flagwatch?: FlagwatchApi;
  }
}
