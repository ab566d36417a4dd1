import type { TranslationOf } from '../../../catalogue';
import type { backup as en } from '../../en/host/backup';

export const backup = {
  'backup.fileKind': 'Flagwatch 备份',

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
