import type { TranslationOf } from '../../../catalogue';
import type { store as en } from '../../en/host/store';

export const store = {
  'store.recovery.what': 'Flagwatch 无法使用您的{label}文件，因为{reason}。',
  'store.recovery.restored': '已恢复上一个完好的副本（Flagwatch 上次打开该文件时保存）；此后所做的更改已丢失。',
  'store.recovery.noBackup': '没有可恢复的完好副本，因此{startsOver}。',
  'store.recovery.badBackup': '其备份副本也无法使用，因为{problem}，因此{startsOver}。',
  'store.recovery.keptAs': '损坏的文件已保留为 {movedTo}。',
  'store.recovery.keptNewerAs': '该文件已原样保留为 {movedTo}，较新版本的 Flagwatch 仍可打开它。',

  'store.reason.empty': '文件是空的',
  'store.reason.notJson': '文件不是有效的 JSON（{detail}）',
  'store.reason.notDataFile': '文件不是 Flagwatch 数据文件（没有格式版本）',
  'store.reason.notUpgradable': '无法从数据格式 {from} 升级（{detail}）',
  'store.reason.unexpected': '文件内容不符合 Flagwatch 的预期：{detail}',
  'store.reason.newer': '文件由更新版本的 Flagwatch 保存（数据格式 {version}）',

  'store.settings.label': '设置',
  'store.settings.startsOver': '您的设置已恢复为默认值',
  'store.summary.label': '已保存的徽标',
  'store.summary.startsOver': '徽标改为根据收件箱计算，只是稍慢一些',
  'store.inbox.label': '收件箱',
  'store.inbox.startsOver': '收件箱从空开始，并在下次检查时重新填充',
  'store.history.label': '指标历史',
  'store.history.startsOver': '指标历史从下次检查开始重新记录',
  'store.appealDrafts.label': '申诉中未保存的输入',
  'store.appealDrafts.startsOver': '每个申诉从其最后保存的版本打开',
  'store.appeals.label': '已保存的申诉',
  'store.appeals.startsOver': '已保存的申诉列表从空开始；下面损坏的文件仍保留着能读取的内容',
  'store.accounts.label': '亚马逊账户',
  'store.accounts.startsOver': '亚马逊账户列表从空开始：请重新添加每个账户及其客户端密钥和刷新令牌',
  'store.spapiState.label': '亚马逊账户记录',
  'store.spapiState.startsOver':
    'Flagwatch 会重新读取此账户：进行中的截止时间从下次检查重新计算，当前的违反政策计数会显示为新增一次',
  'store.demo.label': '演示故事',
  'store.demo.startsOver': '演示账户开始一个新故事',
  'store.readOnly.usedBackup': '此命令使用了其最后一个完好的副本。',
  'store.readOnly.usedDefaults': '没有完好的副本，因此此命令将其视为空。',
  'store.readOnly.leftAsIs':
    '该文件保持原样：下次 Flagwatch 应用、flagwatch serve 或 flagwatch check 打开此文件夹时会将其恢复。',
  'store.mailboxes.label': '邮箱',
  'store.mailboxes.startsOver': '邮箱列表从空开始：请重新添加每个邮箱及其密码或令牌',
} as const satisfies TranslationOf<typeof en>;
