import type { TranslationOf } from '../../../catalogue';
import type { notice as en } from '../../en/host/notice';

export const notice = {
  'notice.error.noSuchMarketplace': 'Flagwatch 中账户 {accountId} 没有商城 {marketplaceId}。',
  'notice.cli.usage': `用法：flagwatch notice parse FILE|- [选项]

从 FILE（或用 - 从标准输入）读取亚马逊绩效通知（从卖家平台或邮件中复制的纯文本），
并打印其中写明的内容：标题、指标类别、政策、ASIN、截止时间、需要采取的行动、语言和
卖家平台链接。文本是绩效通知时退出码为 0；不是或无法读取时为 1（原因输出到标准错误）。
不保存任何内容。

选项：
  --received DATE   通知送达的时间（ISO 8601），用于计算“7 天内”之类的期限
                    （默认：现在）
  --json            输出 JSON：title、metricGroup、policy、asins、deadline、deadlineText、
                    requiredAction、language、links
  -h, --help        显示此帮助`,
  'notice.cli.unreadable': '无法读取 {file}：{reason}',
  'notice.cli.notNotice': '不是绩效通知：{reason}',
  'notice.cli.none': '（无）',
  'notice.cli.missingFile': '请指定通知文件，或用 - 从标准输入读取。',
  'notice.cli.expectedDate': '日期和时间（ISO 8601）',
  'notice.tray.add': '从文本添加通知…',
} as const satisfies TranslationOf<typeof en>;
