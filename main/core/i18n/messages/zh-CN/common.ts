import type { TranslationOf } from '../../catalogue';
import type { common as en } from '../en/common';

export const common = {
  'common.save': '保存',
  'common.cancel': '取消',
  'common.loading': '加载中…',
  'common.none': '无',
  'common.couldNot': '无法{action}：{reason}',
  'common.unknownError': '出现了问题',
  'common.language': '语言',
  'common.language.system': '跟随系统',
  'common.language.en': 'English',
  'common.language.zh-CN': '简体中文',
} as const satisfies TranslationOf<typeof en>;
