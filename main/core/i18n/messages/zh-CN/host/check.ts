// What `flagwatch check` says on stderr about its progress and its deadline.
import type { TranslationOf } from '../../../catalogue';
import type { check as en } from '../../en/host/check';

export const check = {
  'check.progress': 'flagwatch check：仍在检查（已用 {elapsed}）。',
  'check.deadlinePassed': '未能在 {minutes} 分钟内完成；亚马逊可能响应缓慢或无法连接，请稍后再试',
  'check.seconds': '{count} 秒',
  'check.minutes': '{count} 分钟',
} as const satisfies TranslationOf<typeof en>;
