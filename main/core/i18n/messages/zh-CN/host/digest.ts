import type { TranslationOf } from '../../../catalogue';
import type { digest as en } from '../../en/host/digest';

export const digest = {
  'digest.title.allClear': '一切正常',
  'digest.title.open': '{open} 条绩效通知未处理，{unread} 条未读',
  'digest.body.allClear': '没有未处理的绩效通知，也没有等待亚马逊答复的申诉。',
  'digest.mostUrgent': '最紧急：{title}（{where}），{left}',
  'digest.nearTarget': '接近目标：{metric} {value}，目标{target}，尚余 {headroom}（{where}）',
  'digest.nearTarget.more': '另有 {count} 项指标接近目标',
  'digest.awaiting': '{count} 份申诉正在等待亚马逊答复',

  'digest.store.label': '每日摘要记录',
  'digest.store.startsOver': '连续查看天数重新计算，今天的摘要可能会再显示一次',

  'digest.usage': `用法：flagwatch digest [选项]

根据已保存的数据打印每日摘要，不进行检查：按指标组列出未处理的通知及未读数量、最紧急的截止时间、
接近目标的指标，以及等待亚马逊答复的申诉；没有待办时显示“一切正常”。适用于 cron 或发送邮件的
脚本。退出码为 0。

选项：
  --json            以 JSON 格式打印 '{generatedAt, groups: [{group, open, unread}], mostUrgent, nearTarget, awaitingAnswer, allClear}'
  --data-dir DIR    Flagwatch 保存文件的位置（默认：{dataDir}）
  -h, --help        显示此帮助`,
  'digest.serve.usage': `仅用于演示和测试：
  --clock-start T   使用从 T 开始的模拟时钟（ISO 8601 日期和时间，例如
                    2026-11-02T08:30:00+08:00），而不是系统时钟
  --clock-speed X   模拟时钟比实际时间快多少倍，最多 86400（默认 1）。运行期间，SIGTSTP
                    让应用像机器休眠一样暂停（计时器停止，时钟继续走），SIGCONT 将其唤醒`,
  'digest.args.expected.clockStart': '带时区偏移的 ISO 8601 日期和时间，例如 2026-11-02T08:30:00Z',
  'digest.cli.noData': '{dataDir} 中没有已保存的数据：请先运行 `flagwatch serve` 或 `flagwatch check`',
  'digest.args.clockSpeedAlone': '--clock-speed 需要与 --clock-start 一起使用',
} as const satisfies TranslationOf<typeof en>;
