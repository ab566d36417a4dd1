import type { TranslationOf } from '../../catalogue';
import type { backup as en } from '../en/backup';

export const backup = {
  'backup.title': '数据文件夹',
  'backup.folder': 'Flagwatch 的文件保存在：',
  'backup.hint':
    '备份是一个文件，包含 Flagwatch 保存的全部内容：设置、收件箱、指标历史、申诉和亚马逊账户，但不含客户端密钥和刷新令牌：在另一台电脑上恢复后请重新输入。',
  'backup.create': '备份',
  'backup.restore': '从备份恢复…',
  'backup.chooseFile': '要恢复的备份文件',
  'backup.created': '备份已保存为 {fileName}。',
  'backup.restart.manual':
    '{createdAt} 的备份已检查无误，可以恢复。请重新启动 Flagwatch 以完成恢复：下次启动时它将替换当前数据。在此之前没有任何更改。',
  'backup.restart.automatic': '{createdAt} 的备份已检查无误。Flagwatch 正在重新启动以完成恢复。',
  'backup.action.create': '创建备份',
  'backup.action.restore': '恢复备份',
} as const satisfies TranslationOf<typeof en>;
