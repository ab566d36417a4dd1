import type { TranslationOf } from '../../catalogue';
import type { support as en } from '../en/support';

export const support = {
  'support.nav': '帮助',
  'support.title': '卖家支持',
  'support.intro':
    '申诉次数用完后，或亚马逊要求提供申诉表单无法提交的信息时，请通过卖家平台的“帮助”菜单联系卖家支持：联系我们，然后选择电子邮件、回电或聊天。电子邮件不是提交申诉的渠道。',
  'support.loading': '正在加载卖家支持…',
  'support.notification': '相关通知',
  'support.notification.none': '不针对特定通知',
  'support.marketplace': '{marketplace}卖家平台',
  'support.marketplace.pick': '商城',
  'support.links': '快捷入口',
  'support.link.email': '发送电子邮件给卖家支持',
  'support.link.email.hint': '联系我们 → 选择问题类别 → 电子邮件。',
  'support.link.phone': '申请回电',
  'support.link.phone.hint': '亚马逊会拨打您填写的号码回电；没有公开的电话号码。',
  'support.link.chat': '与卖家支持聊天',
  'support.link.chat.hint': '联系我们 → 聊天：适合简单、快速的问题。',
  'support.link.notifications': '绩效通知',
  'support.link.notifications.hint': '亚马逊在此商城发出的所有通知。',
  'support.link.accountHealth': '账户状况',
  'support.link.accountHealth.hint': '查看各项指标，以及第一次之后的申诉。',
  'support.link.opens': '在浏览器中打开 {host}。',
  'support.repeat':
    '您已于{when}就此通知联系过卖家支持（{channel}）。亚马逊曾因“过度或重复联系”停用账户：请在原案例中跟进，不要新开案例。',
  'support.repeatWithCase':
    '您已于{when}就此通知联系过卖家支持（{channel}，案例 {caseId}）。亚马逊曾因“过度或重复联系”停用账户：请在原案例中跟进，不要新开案例。',

  'support.summary.heading': '案例摘要',
  'support.summary.copy': '复制案例摘要',
  'support.summary.copied': '案例摘要已复制到剪贴板。',

  'support.channel.email': '电子邮件',
  'support.channel.phone': '回电',
  'support.channel.chat': '聊天',

  'support.log.heading': '与卖家支持的联系记录',
  'support.log.empty': '尚无联系记录。',
  'support.log.channel': '渠道',
  'support.log.date': '日期',
  'support.log.caseId': '案例编号（亚马逊提供）',
  'support.log.note': '备注',
  'support.log.record': '记录此次联系',
  'support.log.recordAnyway': '仍然记录',
  'support.log.recorded': '已记录此次联系。',
  'support.log.entry': '{when} · {channel}',
  'support.log.entryCase': '案例 {caseId}',
  'support.log.about': '相关通知：{title}',
  'support.log.windowDays': '在多少天内重复联系时提醒（天）',
  'support.log.windowSave': '保存',

  'support.guidance.title': '该联系卖家支持了',
  'support.guidance.attemptsUsedUp': '申诉次数已全部用完。请通过“帮助”菜单联系卖家支持，并准备好案例摘要。',
  'support.guidance.infoRequested':
    '亚马逊要求提供更多信息。如果申诉表单无法提交这些信息（不接受的文件、表单之外的问题），可以请卖家支持将其添加到案例中。',
  'support.guidance.open': '打开卖家支持快捷入口',
  'support.fromNotification': '联系卖家支持',

  'support.action.load': '加载卖家支持联系记录',
  'support.action.record': '记录此次联系',
  'support.action.summary': '生成案例摘要',
  'support.action.copy': '复制案例摘要',
  'support.action.window': '保存天数',
} as const satisfies TranslationOf<typeof en>;
