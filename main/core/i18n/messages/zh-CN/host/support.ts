import type { TranslationOf } from '../../../catalogue';
import type { support as en } from '../../en/host/support';

export const support = {
  'support.summary.title': '提交给卖家支持的案例摘要',
  'support.summary.account': '账户：{value}',
  'support.summary.marketplace': '商城：{value}',
  'support.summary.notification': '通知：{value}',
  'support.summary.policy': '政策：{value}',
  'support.summary.asins': 'ASIN：{value}',
  'support.summary.received': '收到时间：{value}',
  'support.summary.deadline': '截止时间：{value}',
  'support.summary.attempts': '已提交申诉：{used} 次，共 {limit} 次',
  'support.summary.attempt': '第 {number} 次，{when}',
  'support.summary.noAnswer': '尚无答复',
  'support.summary.done': '已采取的措施：',
  'support.summary.noAppeal': '尚未在 Flagwatch 中撰写申诉。',
  'support.summary.contacts': '此前与卖家支持的联系：',
  'support.summary.caseId': '案例 {caseId}',
  'support.tray.contact': '联系卖家支持',

  'support.store.label': '卖家支持联系记录',
  'support.store.startsOver': '联系记录从空白开始',
} as const satisfies TranslationOf<typeof en>;
