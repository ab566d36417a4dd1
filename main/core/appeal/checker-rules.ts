// The plan-of-action checker's rules as data: each has a stable id (findings keep it across
// versions), the languages its patterns cover, whether it blocks readiness, and its test. Its
// words (what was found, the suggestion, why it matters) are catalogue keys named after the id:
// `checker.<id>.message|suggestion|why`. Patterns are written for this checker's reading of
// plans Amazon rejects (DOMAIN.md §4); changing one changes findings, so each has a test.
import type { PlanLanguage } from './appeal-schema';
import type { PlanStep } from './plan-blocks';

export const ruleIds = [
  'template-phrase',
  'vague-root-cause',
  'future-only-actions',
  'missing-specifics',
  'blames-others',
  'emotive',
  'business-introduction',
  'other-cases',
  'unanswered-root-cause',
  'asin-not-addressed',
  'length',
  'near-copy',
] as const;
export type RuleId = (typeof ruleIds)[number];

export type Patterns = Readonly<Record<PlanLanguage, readonly RegExp[]>>;

/** Where a rule looks: the whole text, or some parts of the plan (the whole text when it has no parts). */
export type Scope = 'plan' | readonly PlanStep[];

export type RuleTest =
  /** Each match is a finding. */
  | { kind: 'phrases'; patterns: Patterns; scope: Scope }
  /** A match is a finding when its sentence holds none of the specifics. */
  | { kind: 'phrases-without-specifics'; patterns: Patterns; scope: Scope }
  /** In a block with a promise and nothing done, each promise is a finding. */
  | { kind: 'promises-only'; promises: Patterns; done: Patterns; scope: Scope }
  /** A block with none of the specifics is a finding. */
  | { kind: 'no-specifics'; scope: Scope }
  | { kind: 'root-cause-without-action' }
  | { kind: 'asin-not-mentioned' }
  /** Plan length in words (English) or characters and Latin words (Chinese). */
  | { kind: 'length'; min: Readonly<Record<PlanLanguage, number>>; max: Readonly<Record<PlanLanguage, number>> }
  /**
   * Similarity to a text submitted before, at or above the threshold: the Jaccard index of the
   * two texts' runs of `shingle` consecutive units (words; for Chinese, characters).
   */
  | { kind: 'near-copy'; threshold: number; shingle: Readonly<Record<PlanLanguage, number>> };

export interface CheckerRule {
  id: RuleId;
  languages: readonly PlanLanguage[];
  /** A blocker makes the plan not ready; advice makes it need work. */
  severity: 'blocker' | 'advice';
  test: RuleTest;
}

const both: readonly PlanLanguage[] = ['en', 'zh-CN'];

/** Dates, order IDs, ASINs, quantities and owners: what makes a statement checkable. */
export const specifics: readonly RegExp[] = [
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/,
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}\b/i,
  /\b\d{1,2}(?:st|nd|rd|th)? (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i,
  /\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日/,
  /\b\d{3}-\d{7}-\d{7}\b/,
  /\bB0[0-9A-Z]{8}\b/,
  /\d\s*[%％]/,
  /\b\d+(?:[.,]\d+)? ?(?:units?|orders?|items?|pieces?|pcs|claims?|days?|hours?|hrs?|weeks?|skus?|asins?|listings?|refunds?|shipments?|packages?|parcels?|invoices?|complaints?)\b/i,
  /\d+\s*(?:件|个|单|笔|天|小时|周|次|条|家|箱|位)/,
  /\b(?:owner|responsible(?: person)?|assigned to)\s*[:：]/i,
  /负责人|由\S{1,12}负责/,
];

/** Also what a submission is compared with before it is recorded (attempts.ts). */
export const nearCopyTest = {
  kind: 'near-copy',
  threshold: 0.8,
  shingle: { en: 3, 'zh-CN': 4 },
} as const satisfies RuleTest;
export type NearCopyTest = Extract<RuleTest, { kind: 'near-copy' }>;

/** Advice on phrases anywhere in the plan, in both languages: each match is a finding. */
function phrasesInPlan(id: RuleId, patterns: Patterns): CheckerRule {
  return { id, languages: both, severity: 'advice', test: { kind: 'phrases', scope: 'plan', patterns } };
}

export const checkerRules: readonly CheckerRule[] = [
  phrasesInPlan('template-phrase', {
    en: [
      /\bwe take (?:this|the) (?:matter|issue) (?:very )?seriously\b/gi,
      /\b(?:we )?(?:sincerely |deeply )?apologi[sz]e for (?:any|the) inconvenience(?: caused)?\b/gi,
      /\bvalue our (?:relationship|partnership) with amazon\b/gi,
      /\bto whom it may concern\b/gi,
      /\brest assured\b/gi,
      /\bwe assure you\b/gi,
      /\b(?:this|such an?) (?:issue|incident|mistake|problem) will never (?:happen|occur) again\b/gi,
      /\brobust (?:measures|systems?|processes)\b/gi,
      /\bwe understand the importance of\b/gi,
      /\bkindly (?:reinstate|restore|reactivate)\b/gi,
      /\bthank you for your (?:time and consideration|kind consideration)\b/gi,
    ],
    'zh-CN': [
      /我们(?:非常|高度)重视(?:此事|这个问题|这件事|这一问题)/g,
      /(?:给您|对此)带来的(?:任何)?不便(?:深表歉意|表示歉意|深感抱歉)?/g,
      /保证(?:此类|类似|这样的)?(?:问题|事情|情况)?(?:不会|绝不会)再次发生/g,
      /恳请(?:贵方|您)?(?:恢复|重新激活)/g,
      /珍惜与亚马逊的合作/g,
      /感谢您(?:抽出)?宝贵的时间/g,
    ],
  }),
  {
    id: 'vague-root-cause',
    languages: both,
    severity: 'advice',
    test: {
      kind: 'phrases-without-specifics',
      scope: ['rootCauses'],
      patterns: {
        en: [
          /\bhuman errors?\b/gi,
          /\b(?:a|an|the|our) (?:simple |honest |small |minor )?mistakes?\b/gi,
          /\b(?:an |the |our )?oversights?\b/gi,
          /\bmiscommunication\b/gi,
          /\b(?:carelessness|negligence)\b/gi,
        ],
        'zh-CN': [
          /人为(?:失误|错误|疏忽)|工作(?:失误|疏忽)|操作(?:失误|错误)|一时疏忽|疏忽大意|粗心大意|沟通不畅|疏忽|失误|粗心/g,
        ],
      },
    },
  },
  {
    id: 'future-only-actions',
    languages: both,
    severity: 'advice',
    test: {
      kind: 'promises-only',
      scope: ['actions'],
      promises: {
        en: [
          /\b(?:we|I|our team|the team)(?: will|['’]ll| shall| are going to| plan to| intend to)\b/gi,
          /\bwill (?:be|start|begin|implement|train|ensure|review|make)\b/gi,
        ],
        'zh-CN': [/我们?(?:将会|将|会|计划|打算|准备)|今后将|以后会/g],
      },
      done: {
        en: [
          /\b(?:have|has|had) (?:already )?(?:[a-z]+ed|been|made|sent|taken|done|built|set|begun|run|put|written|paid|bought|sold|found|given|rewritten|withdrawn)\b/i,
          /\b(?:we|I)['’]ve\b/i,
          /\b(?:removed|updated|retrained|trained|changed|replaced|refunded|closed|deleted|contacted|switched|installed|added|audited|reviewed|cancell?ed|implemented|introduced|completed|suspended|terminated|hired|assigned|created|started|began|stopped|sent|issued|fixed|corrected|moved|raised|lowered|rebuilt|reconciled|verified|inspected|disposed|delisted|archived|obtained|signed|set up)\b/i,
        ],
        'zh-CN': [/已|(?<![为除])了/],
      },
    },
  },
  { id: 'missing-specifics', languages: both, severity: 'advice', test: { kind: 'no-specifics', scope: ['actions'] } },
  phrasesInPlan('blames-others', {
    en: [
      /\b(?:buyers?|customers?|carriers?|couriers?|amazon|ups|usps|fedex|dhl)(?:['’]s?)? (?:fault|error|mistake)s?\b/gi,
      /\b(?:fault|error|mistake)s? (?:of|by) (?:the |our )?(?:buyers?|customers?|carriers?|couriers?|amazon)\b/gi,
      /\b(?:buyers?|customers?|carriers?|couriers?|amazon) (?:lied|failed to|refused to|lost|damaged|abused|scammed|misused|falsely|wrongly)\b/gi,
      /\bnot our fault\b/gi,
      /\b(?:fraudulent|malicious|dishonest) (?:buyers?|customers?|claims?|complaints?)\b/gi,
      /\bbuyer abuse\b/gi,
      /\bdue to (?:the )?(?:carrier|courier)(?:['’]s)? (?:delays?|errors?|mistakes?)\b/gi,
      /\b(?:wrongly|unfairly|mistakenly) (?:flagged|suspended|deactivated|accused)\b/gi,
    ],
    'zh-CN': [
      /(?:买家|客户|顾客|物流|快递|承运人|承运商|亚马逊)(?:公司|方面)?的?(?:责任|过错|错误|失误)/g,
      /恶意(?:买家|差评|投诉|索赔)/g,
      /(?:不是|并非)(?:我们|我方)的(?:错|责任|问题)/g,
      /(?:买家|客户|顾客)(?:故意|撒谎|欺诈)/g,
      /被(?:错误地?|误|冤枉地?)(?:判定|封号|停用|暂停)/g,
    ],
  }),
  phrasesInPlan('emotive', {
    en: [
      /\b(?:devastat(?:ed|ing)|desperate(?:ly)?|heartbroken|begging|we beg|unfair(?:ly)?|unjust|outrageous|ridiculous|shocked|frustrat(?:ed|ing)|lose everything|life savings|sleepless)\b/gi,
      /\bour (?:family|families|livelihood|employees' jobs)\b/gi,
      /\bplease,? please\b/gi,
      /!{2,}/g,
    ],
    'zh-CN': [/恳求|求求|哀求|绝望|崩溃|不公平|冤枉|委屈|心急如焚|生计|倾家荡产|[！!]{2,}/g],
  }),
  phrasesInPlan('business-introduction', {
    en: [
      /\bwe are an? (?:(?:small|family[- ]owned|growing|leading|reputable|trusted|professional) )*(?:company|business|brand|seller|retailer|manufacturer)\b/gi,
      /\b(?:our|the) company (?:was )?(?:founded|established|started)\b/gi,
      /\b(?:founded|established) in \d{4}\b/gi,
      /\bwe have been (?:selling|in business|an amazon seller)(?: on amazon)? (?:for|since)\b/gi,
      /\bour (?:mission|vision|values) (?:is|are)\b/gi,
      /\bwe are proud\b/gi,
    ],
    'zh-CN': [
      /我们是一家/g,
      /(?:公司|店铺)成立于/g,
      /在亚马逊(?:上)?(?:销售|经营|运营)(?:已)?(?:有|超过)?\s*\d+\s*年/g,
      /自\d{4}年(?:起|以来)/g,
      /我们的(?:使命|愿景|宗旨)/g,
      /我们一直致力于/g,
    ],
  }),
  phrasesInPlan('other-cases', {
    en: [
      /\bother (?:sellers?|cases?|stores?|merchants?)\b/gi,
      /\b(?:case|ticket) ?(?:id|number|no\.?|#)(?: ?:? ?\d+)?/gi,
      /\b(?:previous|earlier|another|a similar) (?:case|appeal)s?\b/gi,
      /\bcompetitors?\b/gi,
    ],
    'zh-CN': [
      /其他(?:卖家|案例|案件|店铺|商家)/g,
      /(?:案例|案件|工单)(?:编号|号|ID)/g,
      /(?:之前|以前|上次|另一个?)的?(?:案例|案件|申诉)/g,
      /竞争对手|同行/g,
    ],
  }),
  { id: 'unanswered-root-cause', languages: both, severity: 'blocker', test: { kind: 'root-cause-without-action' } },
  { id: 'asin-not-addressed', languages: both, severity: 'blocker', test: { kind: 'asin-not-mentioned' } },
  {
    id: 'length',
    languages: both,
    severity: 'advice',
    test: { kind: 'length', min: { en: 120, 'zh-CN': 200 }, max: { en: 2_000, 'zh-CN': 4_000 } },
  },
  { id: 'near-copy', languages: both, severity: 'blocker', test: nearCopyTest },
];
