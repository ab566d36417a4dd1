import type { TranslationOf } from '../../catalogue';
import type { settingsMore as en } from '../en/settings-more';

export const settingsMore = {
  'settings.alerts': '桌面通知',
  'settings.alerts.groups': '以下指标类别',
  'settings.alerts.severity': '严重程度',
  'settings.alerts.show': '显示',
  'settings.alerts.sound': '声音',
  'settings.alerts.showFor': '显示“{severity}”通知',
  'settings.alerts.soundFor': '“{severity}”通知播放声音',
  'settings.alerts.hint':
    '仅适用于新通知；收件箱始终包含全部通知。严重通知（账户存在风险或已停用）在任何类别下都会显示。',
  'settings.shown': '显示的账户和商城',
  'settings.shown.accounts': '账户',
  'settings.shown.marketplaces': '商城',
  'settings.shown.none': '暂无账户：首次检查后会显示在这里。',
  'settings.shown.hint':
    '隐藏的账户和商城仍会被检查和保存，但不会出现在窗口、徽标和桌面通知中（严重通知也不例外），直到重新显示。',
  'settings.theme': '主题',
  'settings.theme.light': '浅色',
  'settings.theme.dark': '深色',
  'settings.launch': '登录时启动 Flagwatch',
  'settings.launch.hint': '启动后只在托盘中运行，不打开窗口。',
  'settings.launch.browser': '此处不适用：此 Flagwatch 在浏览器中运行（flagwatch serve）。桌面应用提供此选项。',
  'settings.launch.unsupported': '此系统不支持：请将 Flagwatch 添加到桌面环境的启动应用程序中。',
} as const satisfies TranslationOf<typeof en>;
