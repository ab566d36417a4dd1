import type { TranslationOf } from '../../../catalogue';
import type { appealRecord as en } from '../../en/host/appealRecord';

export const appealRecord = {
  'appealRecord.fact.status': '状态',
  'appealRecord.fact.attempts': '申诉次数',
  'appealRecord.fact.deadline': '截止时间',
  'appealRecord.fact.account': '账户',
  'appealRecord.fact.marketplace': '商城',
  'appealRecord.fact.policy': '政策',
  'appealRecord.fact.asins': 'ASIN',
  'appealRecord.fact.noticeAt': '收到通知',
  'appealRecord.fact.created': '开始于',
  'appealRecord.fact.updated': '最后修改',
  'appealRecord.fact.versions': '已保存版本',
  'appealRecord.fact.id': '申诉编号',
  'appealRecord.attemptsUsed': '已用 {used} 次，共 {limit} 次',
  'appealRecord.section.plan': '行动计划（当前版本）',
  'appealRecord.section.attempt': '第 {number} 次申诉，提交于 {when}',
  'appealRecord.attemptVersion': '第 {version} 版',
  'appealRecord.attachments': '附件：{names}',
  'appealRecord.planEmpty': '尚未填写。',
  'appealRecord.submittedEmpty': '（未记录提交的文本）',
  'appealRecord.noAnswer': '亚马逊尚未答复。',
  'appealRecord.answer': '亚马逊的答复：{kind}，{when}',
  'appealRecord.pdf.noCjkFont':
    '此申诉含有中文、日文或韩文，但这台电脑上找不到相应字体。请安装一种（例如 Noto Sans CJK，或文泉驿微米黑：Debian 和 Ubuntu 上的 fonts-wqy-microhei 软件包）后重新导出。导出为 Markdown 或文本不需要该字体。',
  'appealRecord.pdf.unavailable': '此处无法导出 PDF：请导出为 Markdown 或文本。',

  'appealRecord.cli.usage':
    '用法：\n  flagwatch appeals [--json] [--data-dir 目录]\n  flagwatch appeals export 编号 --format md|pdf|text --out 文件 [--data-dir 目录]\n\n从数据文件夹（默认 {dataDir}）列出已保存的申诉，或将其中一条写入文件。无需联网，也无需 Flagwatch 正在运行。',
  'appealRecord.cli.noData': '{dataDir} 处没有数据文件夹：请先运行一次 Flagwatch',
  'appealRecord.cli.none': '没有已保存的申诉。',
  'appealRecord.cli.line': '{id}  {status}  {attempts}  截止 {deadline}  {where}  {title}',
  'appealRecord.cli.unknownCommand': '未知命令“{command}”：请使用“export”，或不带命令以列出申诉',
  'appealRecord.cli.missingId': '哪条申诉？请给出其编号（见 `flagwatch appeals`）',
  'appealRecord.cli.missingFormat': '需要 --format：md、pdf 或 text',
  'appealRecord.cli.badFormat': '--format 必须是 md、pdf 或 text，而不是“{format}”',
  'appealRecord.cli.missingOut': '需要 --out 文件',
  'appealRecord.cli.notFound': '没有编号为 {id} 的已保存申诉',
  'appealRecord.cli.written': '已写入 {file}',
  'appealRecord.cli.cannotWrite': '无法写入 {file}：{reason}',
} as const satisfies TranslationOf<typeof en>;
