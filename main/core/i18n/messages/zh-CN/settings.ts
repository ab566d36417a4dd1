import type { TranslationOf } from '../../catalogue';
import type { settings as en } from '../en/settings';

export const settings = {
  'settings.title': '设置',
  'settings.loading': '正在加载设置…',
  'settings.interval': '检查间隔',
  'settings.minutes': '分钟',
  'settings.interval.hint': '即使这里设置得更短，亚马逊账户的检查频率也不会超过其自身的最低间隔。',
  'settings.paused': '暂停桌面通知',
  'settings.paused.hint': 'Flagwatch 会继续检查，收件箱也保持最新，但不显示桌面通知。',
  'settings.quiet': '免打扰时段',
  'settings.quiet.from': '从',
  'settings.quiet.until': '至',
  'settings.quiet.hint': '每天在这段时间内不显示桌面通知；时段可以跨越午夜，例如 22:00 至 07:00。',
  'settings.digest': '每日摘要',
  'settings.digest.at': '时间',
  'settings.digest.days': '在这些日子',
  'settings.digest.hint':
    '每天一条简洁的桌面通知：哪些未处理、哪项最先到期、哪项指标最接近目标，或“一切正常”。免打扰时段内的摘要会在时段结束时显示。',
  'settings.criticalStillComes': '严重通知（账户有风险或已停用）仍会显示。',
  'settings.saved': '设置已保存。',
  'settings.nothingToSave': '没有需要保存的内容：未更改任何设置。',
  'settings.error.interval': '检查间隔：请输入 {min} 到 {max}（一天）之间的整数分钟数。',
  'settings.error.quietStart': '免打扰开始时间：请以小时和分钟输入时间，例如 22:00。',
  'settings.error.quietEnd': '免打扰结束时间：请以小时和分钟输入时间，例如 07:00。',
  'settings.error.digestTime': '每日摘要时间：请以小时和分钟输入时间，例如 09:00。',
  'settings.error.quietEmpty': '免打扰结束时间：请选择与开始时间不同的时间，否则免打扰时段永远不会开始。',

  'settings.action.load': '加载设置',
  'settings.action.save': '保存设置',
} as const satisfies TranslationOf<typeof en>;
