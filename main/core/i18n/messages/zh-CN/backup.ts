import type { TranslationOf } from '../../catalogue';
import type { backup as en } from '../en/backup';

export const backup = {
  'backup.title': '数据文件夹',
  'backup.folder': 'Flagwatch 的文件保存在：',
  'backup.hint':
    '备份是一个文件，包含 Flagwatch 保存的全部内容：设置、收件箱、指标历史、申诉和亚马逊账户，但不含客户端密钥和刷新令牌：在另一台电脑上恢复后请重新输入。',
  'backup.create': '备份',
  'backup.restore': '从备份恢复…',
  'backup.fileKind': 'Flagwatch 备份',
  'backup.chooseFile': '要恢复的备份文件',
  'backup.created': '备份已保存为 {fileName}。',
  'backup.restart.manual':
    '{createdAt} 的备份已检查无误，可以恢复。请重新启动 Flagwatch 以完成恢复：下次启动时它将替换当前数据。在此之前没有任何更改。',
  'backup.restart.automatic': '{createdAt} 的备份已检查无误。Flagwatch 正在重新启动以完成恢复。',
  'backup.action.create': '创建备份',
  'backup.action.restore': '恢复备份',

  'backup.refused': '{problem}。未做任何更改。',
  'backup.problem.empty': '文件为空',
  'backup.problem.notJson': '文件不完整或不是 Flagwatch 备份（无法作为 JSON 读取）',
  'backup.problem.foreign': '此文件不是 Flagwatch 备份',
  'backup.problem.newerFormat': '此备份由更新版本的 Flagwatch 创建（备份格式 {version}）：请更新 Flagwatch 后再恢复',
  'backup.problem.damaged': '此备份在创建后被修改或损坏（校验和不符）',
  'backup.problem.missing': '此备份中没有{label}',
  'backup.problem.unexpected': '此备份包含 Flagwatch 不认识的文件：{name}',
  'backup.problem.document': '此备份中的{label}无法使用，因为{reason}',
  'backup.noFolder': '此 Flagwatch 没有可备份的数据文件夹',
  'backup.noDialogs': '此窗口自行保存和打开备份文件',
} as const satisfies TranslationOf<typeof en>;
