import type { TranslationOf } from '../../../catalogue';
import type { cli as en } from '../../en/host/cli';

export const cli = {
  'cli.lock.inUse':
    '数据文件夹 {dataDir} 正被另一个 Flagwatch 使用（{command}，进程 {pid}，自 {since} 起）：请先停止它，或用 --data-dir 选择其他文件夹',
  'cli.usage.main': `用法：flagwatch <命令> [选项]

命令：
  serve   在网页浏览器中运行 Flagwatch：在 127.0.0.1 上提供应用，并持续检查
  check   检查一次，按指标组列出绩效通知，然后退出
  digest  根据已保存的数据打印每日摘要，不进行检查
  appeal check FILE
          检查以纯文本写成的行动计划，并列出需要改进之处
  appeals 列出已保存的申诉，或将其中一条写入文件（export 编号 --format md|pdf|text --out 文件）
  notice parse FILE|-
          从文本读取亚马逊绩效通知，并打印其中的字段

运行 \`flagwatch <命令> --help\` 查看某个命令的选项。`,
  'cli.usage.shared': `  --data-dir DIR    Flagwatch 保存文件的位置（默认：{dataDir}）
  --source NAME     通知的来源：{sources}（默认：demo）
  --demo-seed N     演示：运行哪个模拟故事；与上次不同的种子会开始一个新故事
                    （默认：此数据文件夹上次运行的种子，否则为 1）
  --demo-speed X    演示：故事比实际时间快多少倍，最多 10000
                    （默认：设置中的演示速度，未更改时为 1）
  -h, --help        显示此帮助`,
  'cli.usage.serve': `用法：flagwatch serve [选项]

运行 Flagwatch，并将其窗口提供给网页浏览器。它只监听 127.0.0.1，并打印要打开的地址；
该地址带有访问令牌，每次运行都会更换。它会持续检查新的绩效通知，并为新通知显示桌面通知。
按 Ctrl+C 停止。

选项：
  --port N          127.0.0.1 上的端口（默认：4780；0 表示任选一个空闲端口）
{shared}`,
  'cli.usage.check': `用法：flagwatch check [选项]

检查一次绩效通知，按指标组打印未处理的通知，然后退出：检查成功时退出码为 0，失败时为 1
（原因输出到标准错误）。
适用于脚本和 cron：它不显示桌面通知，输出即报告。检查到的内容会像其他检查一样保存在数据
文件夹中，因此之后运行的 \`flagwatch serve\` 会将其计为未读，但不会为其显示桌面通知。

选项：
  --json            以 JSON 打印 '{groups: [{group, label, unread, notifications}], badge}'
  --report-file FILE
                    读取已下载的卖家绩效报告（GET_V2_SELLER_PERFORMANCE_REPORT，gzip 压缩或
                    纯 JSON），而不进行检查：按商城列出每项指标与其目标的对比，然后列出报告
                    所反映的通知。不联系任何人，也不保存任何内容。
                    与 --json 一起使用：'{marketplaces, notifications, problems}'
  --timeout MINUTES 检查最多可用的时间，超时即放弃并以退出码 1 结束（默认 15，最多 120）
{shared}`,

  'cli.args.missingCommand': '缺少命令',
  'cli.args.unknownCommand': '未知命令“{command}”',
  'cli.args.unknownOption': '未知选项“{option}”',
  'cli.args.missingValue': '选项“{option}”缺少值',
  'cli.args.takesNoValue': '选项“{option}”不接受值',
  'cli.args.unexpectedArgument': '多余的参数“{argument}”',
  'cli.args.badValue': '--{option} 必须是{expected}，而不是“{value}”',
  'cli.args.empty': '--{option} 不能为空',
  'cli.args.unknownSource': '未知来源“{source}”：请从 {sources} 中选择',
  'cli.args.expected.port': '介于 0 到 65535 之间的整数',
  'cli.args.expected.seed': '大于或等于 0 的整数',
  'cli.args.expected.speed': '大于 0 且不超过 {max} 的数字',
  'cli.args.expected.minutes': '1 到 {max} 之间的整数分钟数',

  'cli.check.unread': '{count, plural, =0 {没有未读的绩效通知。} other {# 条未读绩效通知。}}',
  'cli.check.groupNoneOpen': '{group}：没有未处理的通知',
  'cli.check.groupCounts': '{group}：{open} 条未处理，{unread} 条未读',
  'cli.check.noDeadline': '无截止时间',
  'cli.check.deadline': '{left}（{at}）',
  'cli.check.failed': '检查失败：{reason}',
  'cli.check.nothingToCheck':
    '没有可检查的亚马逊账户：请设置 {variables}（见 README），或在 Flagwatch 的“账户”视图中添加账户',

  'cli.report.account': '此报告',
  'cli.report.marketplace': '{name}（{code}）：账户状态 {status}',
  'cli.report.marketplaceRated': '{name}（{code}）：账户状态 {status}，账户状况评级 {rating}',
  'cli.report.statusMissing': '报告中没有',
  'cli.report.noMetrics': '  报告中没有指标',
  'cli.report.target': '目标 {target}',
  'cli.report.verdict.meets': '达标',
  'cli.report.verdict.misses': '未达标',
  'cli.report.verdict.noData': '无数据',
  'cli.report.window': '（{days} 天）',
  'cli.report.problems': 'Flagwatch 无法使用报告的以下部分：',
  'cli.report.cannotRead': '无法读取 {file}：{problem}',
  'cli.report.noSuchFile': '文件不存在',
  'cli.report.isFolder': '这是文件夹，不是文件',
  'cli.report.permissionDenied': '没有权限',
  'cli.report.notJson': '{file} 不是 JSON 文档（{problem}）',
  'cli.report.notGzip': '{file} 看起来是 gzip 压缩文件，但无法解压（{problem}）',

  'cli.serve.running': 'Flagwatch 正在运行：{url}',
  'cli.serve.notBuilt': '窗口的文件缺失（{page}）：请先运行 `npm run build`',
} as const satisfies TranslationOf<typeof en>;
