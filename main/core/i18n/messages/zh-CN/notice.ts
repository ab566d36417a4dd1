import type { TranslationOf } from '../../catalogue';
import type { notice as en } from '../en/notice';

export const notice = {
  'notice.nav': '从文本添加',
  'notice.title': '从文本添加通知',
  'notice.intro':
    '粘贴从卖家平台或亚马逊邮件中复制的绩效通知。Flagwatch 会读取其中的字段；请核对，必要时更正，然后保存。',
  'notice.text.label': '通知文本',
  'notice.action.read': '读取文本',
  'notice.action.save': '保存通知',
  'notice.failure.read': '读取文本',
  'notice.failure.save': '保存通知',
  'notice.reading': '正在读取…',
  'notice.saving': '正在保存…',
  'notice.reason.empty': '没有可读取的文本。',
  'notice.reason.not-from-amazon': '该邮件并非来自亚马逊的地址。',
  'notice.reason.not-a-notice': '这段文本看起来不是亚马逊的绩效通知。',
  'notice.fields': 'Flagwatch 读取到的内容',
  'notice.field.title': '标题',
  'notice.field.group': '指标类别',
  'notice.field.policy': '政策',
  'notice.field.asins': 'ASIN',
  'notice.field.asins.hint': '一个或多个，用空格或逗号分隔',
  'notice.field.deadline': '截止时间',
  'notice.field.deadline.stated': '原文：{words}',
  'notice.field.requiredAction': '需要采取的行动',
  'notice.field.language': '通知的语言',
  'notice.field.links': '卖家平台链接',
  'notice.field.account': '账户',
  'notice.field.marketplace': '商城',
  'notice.noAccounts': 'Flagwatch 还没有任何账户：请先添加账户，或等待第一次检查完成，再保存通知。',
  'notice.invalid.title': '标题不能为空。',
  'notice.invalid.asins': '以下不是 ASIN（10 位大写字母或数字）：{asins}',
  'notice.invalid.deadline': '截止时间不是有效的日期和时间。',
  'notice.saved.created': '已保存为新通知。',
  'notice.saved.linked': '已添加到 Flagwatch 中关于同一事件的现有通知。',
  'notice.saved.duplicate': '收件箱中已有这条通知。',
  'notice.saved.open': '打开',
  'notice.error.noSuchMarketplace': 'Flagwatch 中账户 {accountId} 没有商城 {marketplaceId}。',
  'notice.language.en': '英语',
  'notice.language.de': '德语',
  'notice.language.ja': '日语',
  'notice.language.zh': '中文',
  'notice.detail.heading': '亚马逊的通知原文',
  'notice.detail.received': '收到于 {when}（{origin}）',
  'notice.origin.email': '来自邮件',
  'notice.origin.paste': '粘贴',
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
