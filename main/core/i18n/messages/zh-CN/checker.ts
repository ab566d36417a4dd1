import type { TranslationOf } from '../../catalogue';
import type { checker as en } from '../en/checker';

export const checker = {
  'checker.template-phrase.message': '“{phrase}”是申诉模板里的套话',
  'checker.template-phrase.suggestion': '用自己的话写清发生了什么和相关事实，或者删去这句。',
  'checker.template-phrase.why': '审核人员每天阅读大量申诉，一眼就能认出模板用语；模板会让行动计划显得并非针对本案。',

  'checker.vague-root-cause.message': '“{phrase}”没有说明具体哪里出了问题',
  'checker.vague-root-cause.suggestion':
    '写明出错的环节、由谁操作、发生时间以及涉及的订单或 ASIN，例如：“3月3日创建该商品时未取得品牌授权，原因是……”。',
  'checker.vague-root-cause.why':
    '“人为失误”“操作错误”是亚马逊驳回行动计划最常见的原因：无法判断是否找到了真正的根本原因。',

  'checker.future-only-actions.message': '这项措施是承诺（“{phrase}”），而不是已经完成的事',
  'checker.future-only-actions.suggestion': '写明已经做了什么、哪天做的、由谁负责；今后持续要做的放到预防措施里。',
  'checker.future-only-actions.why': '亚马逊要求说明已采取的措施；只有承诺会被视为尚未行动。',

  'checker.missing-specifics.message': '这里没有日期、订单编号、ASIN、数量或负责人',
  'checker.missing-specifics.suggestion': '补充完成时间、负责人，以及涉及的订单、ASIN 或数量。',
  'checker.missing-specifics.why': '具体的事实才能让审核人员相信措施确实已经落实。',

  'checker.blames-others.message': '“{phrase}”把责任推给了他人',
  'checker.blames-others.suggestion':
    '即使买家或承运人也有责任，也请说明自身流程中哪个环节导致了问题，以及您做了哪些改进。',
  'checker.blames-others.why': '指责买家、承运人或亚马逊的行动计划会被驳回：亚马逊希望看到卖家承担责任。',

  'checker.emotive.message': '“{phrase}”带有情绪化的表达',
  'checker.emotive.suggestion': '只陈述事实：发生了什么、做了什么、今后会持续做什么。',
  'checker.emotive.why': '审核依据事实；恳求和情绪会挤占事实的篇幅，还会被视为施压。',

  'checker.business-introduction.message': '“{phrase}”是在介绍您的公司',
  'checker.business-introduction.suggestion': '不要介绍公司和销售年限，直接从根本原因写起。',
  'checker.business-introduction.why': '亚马逊已经了解您的账户；公司介绍只会推迟审核人员真正要看的内容。',

  'checker.other-cases.message': '“{phrase}”提到了其他案例或其他卖家',
  'checker.other-cases.suggestion': '只针对本次通知，依据本案事实作答。',
  'checker.other-cases.why': '每份申诉都单独审核；其他卖家或以往案例没有帮助，还可能让审核人员混淆。',

  'checker.unanswered-root-cause.message': '没有任何措施对应这个根本原因',
  'checker.unanswered-root-cause.suggestion': '至少添加一项已采取的、解决这个根本原因的措施，并与之关联。',
  'checker.unanswered-root-cause.why': '亚马逊要求每个根本原因都有对应措施；漏掉一个就足以被驳回。',

  'checker.asin-not-addressed.message': '通知中的 ASIN {asin} 没有被提及',
  'checker.asin-not-addressed.suggestion': '说明 {asin} 出现问题的原因以及您采取的措施。',
  'checker.asin-not-addressed.why': '亚马逊要求为每个受审核的 ASIN 提供行动计划和证明材料。',

  'checker.length.short.message': '共 {count} 字：太短，难以写得具体（至少应有 {min} 字）',
  'checker.length.short.suggestion': '为每个根本原因、纠正措施和预防措施补充事实：日期、负责人、订单、ASIN。',
  'checker.length.long.message': '共 {count} 字：超出审核人员会仔细阅读的长度（最多 {max} 字）',
  'checker.length.long.suggestion': '删去介绍、道歉和重复的内容，保留事实。',
  'checker.length.why': '太短无法写得具体；冗长则会淹没事实。',

  'checker.near-copy.message': '与已提交的行动计划相似度达 {similarity}',
  'checker.near-copy.suggestion': '再次提交前请做实质性修改：针对驳回意见补充新的事实和证明材料。',
  'checker.near-copy.why': '重复提交同样的计划会用掉有限的申诉机会，而且几乎一定会再次被驳回。',

  'checker.readiness.not-ready': '尚未就绪',
  'checker.readiness.needs-work': '有待完善',
  'checker.readiness.ready': '可以提交',
  'checker.gap.amazonText': '请粘贴亚马逊通知的原文',
  'checker.gap.noRootCause': '请至少添加一个根本原因',
  'checker.gap.noAction': '请至少添加一项已采取的措施',
  'checker.gap.noPrevention': '请至少添加一项预防措施',
  'checker.gap.actionDetails': '有 {count} 项措施缺少日期、负责人或证明材料',
  'checker.gap.actionLink': '有 {count} 项措施未关联根本原因',
  'checker.gap.preventionDetails': '有 {count} 项预防措施缺少负责人、频率或衡量方式',
  'checker.gap.evidence': '还有 {count} 项证明材料尚未准备',
  'checker.gap.findings': '检查发现 {count} 个问题',
  'checker.step.amazon': '亚马逊的通知内容',
  'checker.step.rootCauses': '根本原因',
  'checker.step.actions': '已采取的措施',
  'checker.step.preventions': '预防措施',
  'checker.step.evidence': '证明材料',
  'checker.step.plan': '整份行动计划',

  'checker.cli.readiness': '就绪程度：{level}',
  'checker.cli.noFindings': '没有发现问题。',
  'checker.cli.findings': '发现 {count} 个问题：',
  'checker.cli.finding': '{rule}（第 {line} 行第 {column} 列）：{message}',
  'checker.cli.suggestion': '建议：{suggestion}',
  'checker.cli.cannotRead': '无法读取 {file}：{reason}',
  'checker.cli.usage': `用法：flagwatch appeal check 文件 [选项]

检查以纯文本（UTF-8）写成的行动计划，逐条列出发现的问题（规则、位置和建议），再给出计划的
就绪程度。无论发现什么都以 0 退出；无法运行（文件无法读取）时以 1 退出；命令行有误时以 2 退出。

选项：
  --asins A,B       通知中的 ASIN：每个都必须在计划中提到
  --previous 文件   之前提交过的计划；本计划与其几乎相同时给出警告（可多次使用）
  --json            以 JSON 输出发现的问题（rule、start、end、message、suggestion）和就绪程度；
                    start 和 end 按 UTF-16 码元计数
  -h, --help        显示此帮助`,
  'checker.cli.missingFile': '请指定要检查的计划：flagwatch appeal check 文件',
  'checker.cli.extraArgument': '多余的参数“{argument}”：一次只能检查一份计划',
  'checker.cli.unknownCommand': '未知的 appeal 子命令“{command}”：可用的子命令是 check',
} as const satisfies TranslationOf<typeof en>;
