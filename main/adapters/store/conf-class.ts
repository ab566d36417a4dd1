// The slice of `conf` the stores use, typed by shape: the Node host passes `conf`, the Electron
// host `electron-store` (a conf subclass), and this folder never imports electron.
import type { StoreEnvelope } from './store-file';

export interface ConfClassOptions {
  /** The data directory, absolute. */
  cwd: string;
  /** conf names the file from `configName`... */
  configName: string;
  /** ...electron-store from `name`, which overwrites `configName` (default 'config'): pass both. */
  name: string;
  fileExtension: 'json';
  /** The stores never use key paths; should anyone, 'orderDefectRate.mfn' is one key, not two. */
  accessPropertiesByDotNotation: false;
  watch: false;
  /** conf would silently empty a file it cannot parse; the store moves it aside instead. */
  clearInvalidConfig: false;
  /** Only the user reads their seller data. */
  configFileMode: number;
  serialize: (envelope: StoreEnvelope) => string;
  deserialize: (text: string) => StoreEnvelope;
}

export interface ConfInstance {
  readonly path: string;
  /** Assigning writes the whole file atomically (temp file, fsync, rename). */
  store: StoreEnvelope;
}

export type ConfClass = new (options: ConfClassOptions) => ConfInstance;
