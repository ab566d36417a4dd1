import type { TranslationOf } from '../../catalogue';
import type { appealRecord as en } from '../en/appealRecord';

export const appealRecord = {
  'appealRecord.search.label': '搜索申诉',
  'appealRecord.search.hint': '标题、账户、商城、状态或编号',
  'appealRecord.search.count': '{shown, plural, =0 {没有匹配的申诉} other {# 条申诉}}（共 {total} 条）',
  'appealRecord.search.noMatch': '没有与“{query}”匹配的已保存申诉。',
  'appealRecord.showMore': '再显示 {count} 条',
  'appealRecord.export.heading': '保存副本',
  'appealRecord.export.markdown': '下载为 Markdown',
  'appealRecord.export.pdf': '下载为 PDF',
  'appealRecord.export.copy': '复制为文本',
  'appealRecord.export.copied': '申诉已复制到剪贴板。',
  'appealRecord.export.ready': '{file} 已生成：浏览器会将其保存到下载文件夹。',
  'appealRecord.action.export': '导出申诉',
  'appealRecord.action.copy': '复制申诉',
} as const satisfies TranslationOf<typeof en>;
