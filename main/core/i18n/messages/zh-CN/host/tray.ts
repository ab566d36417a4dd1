import type { TranslationOf } from '../../../catalogue';
import type { tray as en } from '../../en/host/tray';

export const tray = {
  'tray.menu.open': '打开 Flagwatch',
  'tray.menu.refresh': '立即刷新',
  'tray.menu.pause': '暂停通知',
  'tray.menu.quit': '退出 Flagwatch',
} as const satisfies TranslationOf<typeof en>;
