// Errors worded by core modules the window shares with the host, in plain Chinese.
import type { TranslationOf } from '../../catalogue';
import type { errors as en } from '../en/errors';

export const errors = {
  'errors.test.unexpected': '测试因意外原因失败：{detail}',
  'errors.test.unexpectedNoDetail': '测试因意外原因失败。',
} as const satisfies TranslationOf<typeof en>;
