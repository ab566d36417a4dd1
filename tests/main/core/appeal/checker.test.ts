import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { checkPlan, describeFinding, type CheckInput } from '../../../../main/core/appeal/checker';
import { checkerRules, ruleIds, type RuleId } from '../../../../main/core/appeal/checker-rules';
import type { PlanBlock } from '../../../../main/core/appeal/plan-blocks';

type Span = [start: number, end: number, text: string];

/** The spans one rule finds in a plan without parts (judged as a whole). */
function spansOf(rule: RuleId, text: string, input: Partial<CheckInput> = {}): Span[] {
  return checkPlan({ plan: { text, blocks: [] }, ...input })
    .findings.filter((finding) => finding.rule === rule)
    .map((finding) => [finding.start, finding.end, text.slice(finding.start, finding.end)]);
}

/** Where `phrase` is in `text` (its `nth` occurrence). */
function at(text: string, phrase: string, nth = 1): Span {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(phrase, index + 1);
  if (index < 0) throw new Error(`"${phrase}" is not in the text`);
  return [index, index + phrase.length, phrase];
}

/** A block over `phrase` in `text`. */
function block(
  text: string,
  phrase: string,
  step: PlanBlock['step'],
  id: string,
  rootCauseId?: string | null,
): PlanBlock {
  const [start, end] = at(text, phrase);
  return { step, id, start, end, ...(rootCauseId === undefined ? {} : { rootCauseId }) };
}

describe('the rules', () => {
  it('are exactly the stable ids, each once, in both languages', () => {
    expect(checkerRules.map((rule) => rule.id)).toEqual([...ruleIds]);
    for (const rule of checkerRules) expect(rule.languages).toEqual(['en', 'zh-CN']);
  });

  it('use global patterns wherever every match is reported', () => {
    for (const rule of checkerRules) {
      const test = rule.test;
      const lists =
        test.kind === 'phrases' || test.kind === 'phrases-without-specifics'
          ? [test.patterns]
          : test.kind === 'promises-only'
            ? [test.promises]
            : [];
      for (const patterns of lists)
        for (const pattern of [...patterns.en, ...patterns['zh-CN']])
          expect(pattern.flags, `${rule.id} ${pattern}`).toContain('g');
    }
  });

  it('look for stock, blaming, emotive, self-introducing and other-case phrases anywhere in the plan, as advice', () => {
    const phraseRules = checkerRules.filter((rule) => rule.test.kind === 'phrases');
    expect(phraseRules.map(({ id, severity, test }) => [id, severity, 'scope' in test ? test.scope : null])).toEqual([
      ['template-phrase', 'advice', 'plan'],
      ['blames-others', 'advice', 'plan'],
      ['emotive', 'advice', 'plan'],
      ['business-introduction', 'advice', 'plan'],
      ['other-cases', 'advice', 'plan'],
    ]);
  });
});

describe('template-phrase', () => {
  it('finds stock phrases in English', () => {
    const text = 'We take this matter very seriously. On 2026-03-01 we removed ASIN B0ABCDEFGH. Rest assured.';
    expect(spansOf('template-phrase', text)).toEqual([
      at(text, 'We take this matter very seriously'),
      at(text, 'Rest assured'),
    ]);
  });

  it('finds stock phrases in Chinese', () => {
    const text = '我们非常重视此事。2026年3月1日我们已下架该商品。恳请恢复我们的账户。';
    expect(spansOf('template-phrase', text)).toEqual([at(text, '我们非常重视此事'), at(text, '恳请恢复')]);
  });

  it('leaves a factual sentence alone', () => {
    expect(spansOf('template-phrase', 'On 2026-03-01 Li Wei removed ASIN B0ABCDEFGH from sale.')).toEqual([]);
  });
});

describe('vague-root-cause', () => {
  it('finds "human error" and "a mistake" said with nothing specific, in English', () => {
    const text = 'The root cause was human error. We made a mistake.';
    expect(spansOf('vague-root-cause', text)).toEqual([at(text, 'human error'), at(text, 'a mistake')]);
  });

  it('finds 人为失误 and 疏忽 said with nothing specific, in Chinese', () => {
    const text = '根本原因是人为失误。也有员工的疏忽。';
    expect(spansOf('vague-root-cause', text)).toEqual([at(text, '人为失误'), at(text, '疏忽')]);
  });

  it('accepts the same words in a sentence that says what, when and which', () => {
    expect(
      spansOf('vague-root-cause', 'On 2026-03-01 a human error set the handling time of 14 SKUs to 1 day.'),
    ).toEqual([]);
    expect(spansOf('vague-root-cause', '2026年3月1日因操作失误，14 个 SKU 的处理时间被设为 1 天。')).toEqual([]);
  });

  it('looks for the specifics in the whole sentence around the words, before and after them', () => {
    expect(spansOf('vague-root-cause', 'On 2026-03-01 a human error happened.')).toEqual([]);
    expect(spansOf('vague-root-cause', 'A human error set 14 SKUs to 1 day.')).toEqual([]);
  });

  it('does not borrow specifics from the sentences before or after', () => {
    const before = 'On 2026-03-01 stock ran out. It was human error.';
    expect(spansOf('vague-root-cause', before)).toEqual([at(before, 'human error')]);
    const after = 'It was human error. On 2026-03-01 we fixed 14 SKUs.';
    expect(spansOf('vague-root-cause', after)).toEqual([at(after, 'human error')]);
  });

  it('does not borrow specifics from outside the root cause’s own part', () => {
    const text = 'On 2026-03-01 human error happened and 14 SKUs were wrong';
    const blocks = [block(text, 'human error happened', 'rootCauses', 'rc')];
    const found = checkPlan({ plan: { text, blocks } }).findings.filter((f) => f.rule === 'vague-root-cause');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['human error']);
  });

  it('looks only at root causes when the plan has parts', () => {
    const text = 'Root causes\n1. Human error.\n\nActions taken\n1. We corrected an oversight.';
    const blocks = [
      block(text, 'Human error.', 'rootCauses', 'rc'),
      block(text, 'We corrected an oversight.', 'actions', 'a', 'rc'),
    ];
    const found = checkPlan({ plan: { text, blocks } }).findings.filter((f) => f.rule === 'vague-root-cause');
    expect(found.map((f) => [f.start, f.end, f.step, f.blockId])).toEqual([
      [...at(text, 'Human error').slice(0, 2), 'rootCauses', 'rc'],
    ]);
  });
});

describe('future-only-actions', () => {
  const inActions = (text: string, action: string) =>
    checkPlan({ plan: { text, blocks: [block(text, action, 'actions', 'a1', null)] } })
      .findings.filter((f) => f.rule === 'future-only-actions')
      .map((f): Span => [f.start, f.end, text.slice(f.start, f.end)]);

  it('finds an English action that only promises', () => {
    const text = 'Actions taken\n1. We will train our staff and we plan to review listings.';
    expect(inActions(text, 'We will train our staff and we plan to review listings.')).toEqual([
      at(text, 'We will'),
      at(text, 'we plan to'),
    ]);
  });

  it('finds a Chinese action that only promises', () => {
    const text = '已采取的措施\n1. 我们将培训员工。';
    expect(inActions(text, '我们将培训员工。')).toEqual([at(text, '我们将')]);
  });

  it('accepts an action already done, even with a promise beside it', () => {
    const en = 'Actions taken\n1. We removed the listing on 2026-03-01 and will review it monthly.';
    expect(inActions(en, 'We removed the listing on 2026-03-01 and will review it monthly.')).toEqual([]);
    const zh = '已采取的措施\n1. 我们已于2026年3月1日下架该商品，今后将每月复查。';
    expect(inActions(zh, '我们已于2026年3月1日下架该商品，今后将每月复查。')).toEqual([]);
  });

  it('does not take 为了 (in order to) for something done', () => {
    const text = '已采取的措施\n1. 为了避免再次发生，我们将培训员工。';
    expect(inActions(text, '为了避免再次发生，我们将培训员工。')).toEqual([at(text, '我们将')]);
  });
});

describe('missing-specifics', () => {
  it('finds an action with no date, order ID, ASIN, quantity or owner, in either language', () => {
    for (const action of ['We retrained the team on listing rules.', '我们对团队进行了培训。']) {
      const text = `Actions taken\n1. ${action}`;
      const found = checkPlan({ plan: { text, blocks: [block(text, action, 'actions', 'a1', null)] } }).findings.filter(
        (f) => f.rule === 'missing-specifics',
      );
      expect(found.map((f): Span => [f.start, f.end, text.slice(f.start, f.end)])).toEqual([at(text, action)]);
    }
  });

  it.each([
    ['a date', 'We retrained the team on March 3.'],
    ['an ISO date', 'We retrained the team on 2026-03-03.'],
    ['a Chinese date', '我们于2026年3月3日对团队进行了培训。'],
    ['an order ID', 'We refunded order 113-1234567-1234567.'],
    ['an ASIN', 'We closed B0ABCDEFGH.'],
    ['a quantity', 'We inspected 240 units.'],
    ['a Chinese quantity', '我们检查了 240 件库存。'],
    ['an owner', 'We retrained the team. Owner: Li Wei'],
    ['a Chinese owner', '由仓库主管负责培训团队。'],
  ])('accepts an action with %s', (_what, action) => {
    expect(spansOf('missing-specifics', action)).toEqual([]);
  });

  it('judges a plan without parts as a whole', () => {
    const text = 'We are sorry and we fixed it.';
    expect(spansOf('missing-specifics', text)).toEqual([[0, text.length, text]]);
  });
});

describe('blames-others', () => {
  it('finds blame on buyers, carriers and Amazon in English', () => {
    const text = 'These were fraudulent buyers. The delays were due to the carrier’s delays. It was not our fault.';
    expect(spansOf('blames-others', text)).toEqual([
      at(text, 'fraudulent buyers'),
      at(text, 'due to the carrier’s delays'),
      at(text, 'not our fault'),
    ]);
  });

  it('finds blame in Chinese', () => {
    const text = '这是物流公司的责任，也有恶意买家。';
    expect(spansOf('blames-others', text)).toEqual([at(text, '物流公司的责任'), at(text, '恶意买家')]);
  });

  it('leaves a factual mention of buyers and carriers alone', () => {
    expect(spansOf('blames-others', 'We refunded the buyers of 12 orders and changed carrier on 2026-03-01.')).toEqual(
      [],
    );
  });
});

describe('emotive', () => {
  it('finds emotional language in English', () => {
    const text = 'We are devastated. Please reinstate us!!';
    expect(spansOf('emotive', text)).toEqual([at(text, 'devastated'), at(text, '!!')]);
  });

  it('finds emotional language in Chinese', () => {
    const text = '我们很绝望，这不公平！！';
    expect(spansOf('emotive', text)).toEqual([at(text, '绝望'), at(text, '不公平'), at(text, '！！')]);
  });
});

describe('business-introduction', () => {
  it('finds an introduction in English', () => {
    const text = 'We are a small family-owned business. Our company was founded in 2015.';
    expect(spansOf('business-introduction', text)).toEqual([
      at(text, 'We are a small family-owned business'),
      at(text, 'Our company was founded'),
    ]);
  });

  it('finds an introduction in Chinese', () => {
    const text = '我们是一家专业的家居用品公司，公司成立于2015年。';
    expect(spansOf('business-introduction', text)).toEqual([at(text, '我们是一家'), at(text, '公司成立于')]);
  });
});

describe('other-cases', () => {
  it('finds references to other sellers and cases in English', () => {
    const text = 'Other sellers list the same item. See case ID 12345.';
    expect(spansOf('other-cases', text)).toEqual([at(text, 'Other sellers'), at(text, 'case ID 12345')]);
  });

  it('finds references in Chinese', () => {
    const text = '其他卖家也在销售同款，参见之前的申诉。';
    expect(spansOf('other-cases', text)).toEqual([at(text, '其他卖家'), at(text, '之前的申诉')]);
  });
});

describe('unanswered-root-cause', () => {
  const text =
    'Root causes\n1. Handling time was 1 day.\n2. Stock was counted weekly.\n\nActions taken\n1. Set handling time to 2 days on 2026-03-01.';
  const causes = [
    block(text, 'Handling time was 1 day.', 'rootCauses', 'rc1'),
    block(text, 'Stock was counted weekly.', 'rootCauses', 'rc2'),
  ];
  const action = (rootCauseId: string | null | undefined) =>
    block(text, 'Set handling time to 2 days on 2026-03-01.', 'actions', 'a1', rootCauseId);
  const unanswered = (blocks: PlanBlock[]) =>
    checkPlan({ plan: { text, blocks } })
      .findings.filter((f) => f.rule === 'unanswered-root-cause')
      .map((f) => f.blockId);

  it('finds a root cause no linked action answers', () => {
    expect(unanswered([...causes, action('rc1')])).toEqual(['rc2']);
    expect(unanswered([...causes, action(null)])).toEqual(['rc1', 'rc2']);
  });

  it('marks the root cause’s own text', () => {
    const [finding] = checkPlan({ plan: { text, blocks: [...causes, action('rc1')] } }).findings.filter(
      (f) => f.rule === 'unanswered-root-cause',
    );
    expect([finding?.start, finding?.end]).toEqual(at(text, 'Stock was counted weekly.').slice(0, 2));
  });

  it('in plain text, where links are unknown, finds root causes only when there is no action at all', () => {
    expect(unanswered([...causes, action(undefined)])).toEqual([]);
    expect(unanswered(causes)).toEqual(['rc1', 'rc2']);
  });

  it('finds nothing in Chinese plans that answer every cause', () => {
    const zh = '根本原因\n1. 处理时间设为 1 天。\n\n已采取的措施\n1. 2026年3月1日已改为 2 天。';
    const blocks = [
      block(zh, '处理时间设为 1 天。', 'rootCauses', 'rc1'),
      block(zh, '2026年3月1日已改为 2 天。', 'actions', 'a1', 'rc1'),
    ];
    expect(
      checkPlan({ plan: { text: zh, blocks } }).findings.filter((f) => f.rule === 'unanswered-root-cause'),
    ).toEqual([]);
  });
});

describe('asin-not-addressed', () => {
  it('finds each ASIN of the notification the plan never mentions, whatever its case', () => {
    const text = 'We removed b0aaaaaaaa from sale on 2026-03-01.';
    const found = checkPlan({
      plan: { text, blocks: [] },
      asins: ['B0AAAAAAAA', ' B0BBBBBBBB ', 'B0BBBBBBBB', ''],
    }).findings.filter((f) => f.rule === 'asin-not-addressed');
    expect(found.map((f) => [f.start, f.end, f.values])).toEqual([[0, 0, { asin: 'B0BBBBBBBB' }]]);
  });

  it('works in Chinese text', () => {
    expect(spansOf('asin-not-addressed', '我们已于2026年3月1日下架B0AAAAAAAA。', { asins: ['B0AAAAAAAA'] })).toEqual(
      [],
    );
    expect(spansOf('asin-not-addressed', '我们已于2026年3月1日下架该商品。', { asins: ['B0AAAAAAAA'] })).toEqual([
      [0, 0, ''],
    ]);
  });
});

describe('length', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const han = (n: number) => '字'.repeat(n);
  const lengthOf = (text: string) =>
    checkPlan({ plan: { text, blocks: [] } }).findings.filter((f) => f.rule === 'length');

  it('finds an English plan under 120 words too short, and accepts exactly 120', () => {
    const short = lengthOf(words(119));
    expect(short.map((f) => [f.start, f.end, f.messageKey, f.values])).toEqual([
      [0, words(119).length, 'checker.length.short.message', { count: 119, min: 120 }],
    ]);
    expect(lengthOf(words(120))).toEqual([]);
  });

  it('finds an English plan over 2,000 words padded, and accepts exactly 2,000', () => {
    expect(lengthOf(words(2_001)).map((f) => [f.messageKey, f.values])).toEqual([
      ['checker.length.long.message', { count: 2_001, max: 2_000 }],
    ]);
    expect(lengthOf(words(2_000))).toEqual([]);
  });

  it('counts Chinese in characters: 200 to 4,000', () => {
    expect(lengthOf(han(199)).map((f) => f.values)).toEqual([{ count: 199, min: 200 }]);
    expect(lengthOf(han(200))).toEqual([]);
    expect(lengthOf(han(4_000))).toEqual([]);
    expect(lengthOf(han(4_001)).map((f) => f.values)).toEqual([{ count: 4_001, max: 4_000 }]);
  });
});

describe('near-copy', () => {
  // 100 distinct words; changing the last m words changes m of the 98 three-word shingles, so
  // the similarity is (98 − m) / (98 + m): 10 changed → 0.815, 11 changed → 0.798.
  const original = Array.from({ length: 100 }, (_, i) => `w${i}`);
  const revised = (m: number) =>
    [...original.slice(0, 100 - m), ...Array.from({ length: m }, (_, i) => `new${i}`)].join(' ');
  const nearCopies = (text: string, previous: string[]) =>
    checkPlan({ plan: { text, blocks: [] }, previous }).findings.filter((f) => f.rule === 'near-copy');

  it('finds a resubmission just above the threshold, and not one just below', () => {
    const [finding] = nearCopies(revised(10), [original.join(' ')]);
    expect(finding?.values.similarity).toBeCloseTo(88 / 108, 6);
    expect([finding?.start, finding?.end]).toEqual([0, revised(10).length]);
    expect(nearCopies(revised(11), [original.join(' ')])).toEqual([]);
  });

  it('ignores case and punctuation, and names the closest earlier attempt', () => {
    const [finding] = nearCopies(original.join(', ').toUpperCase(), [
      'something else entirely here',
      original.join(' '),
    ]);
    expect(finding?.values).toEqual({ similarity: 1, attempt: 2 });
  });

  it('compares Chinese by characters', () => {
    const zh =
      '我们已于二〇二六年三月一日下架全部相关商品并更换了供应商同时完成了库存盘点工作。' +
      '仓库主管李伟负责每周核对处理时间设置与实际拣货时间是否一致并记录检查结果。' +
      '客服主管王芳负责每天查看买家消息和索赔情况并在二十四小时内回复每一位买家。';
    expect(nearCopies(zh, [zh.replace('全部', '所有')])).toHaveLength(1);
    expect(nearCopies(zh, ['根本原因是处理时间设置错误，我们已经重新设置并培训了仓库员工'])).toEqual([]);
  });
});

describe('checkPlan', () => {
  it('detects the plan’s language unless told', () => {
    expect(checkPlan({ plan: { text: '我们已下架 B0AAAAAAAA。', blocks: [] } }).language).toBe('zh-CN');
    expect(checkPlan({ plan: { text: 'We removed it.', blocks: [] } }).language).toBe('en');
    expect(checkPlan({ plan: { text: 'We removed it.', blocks: [] }, language: 'zh-CN' }).language).toBe('zh-CN');
  });

  it('files a finding in the whole text under the part it falls in, edges included', () => {
    const text = 'Rest assured.\nRest assured. We are devastated.';
    const blocks = [
      block(text, 'Rest assured', 'rootCauses', 'rc'),
      block(text, 'Rest assured. We are devastated.', 'preventions', 'p'),
    ];
    const found = checkPlan({ plan: { text, blocks } }).findings.filter((f) => f.rule === 'template-phrase');
    expect(found.map((f) => [f.start, f.step, f.blockId])).toEqual([
      [0, 'rootCauses', 'rc'],
      [14, 'preventions', 'p'],
    ]);
  });

  it('files a finding of no length under no part, even where a part begins', () => {
    const text = 'We removed B0AAAAAAAA on 2026-03-01.';
    const blocks = [block(text, text, 'actions', 'a')];
    const found = checkPlan({ plan: { text, blocks }, asins: ['B0BBBBBBBB'] }).findings;
    const missing = found.filter((f) => f.rule === 'asin-not-addressed');
    expect(missing.map((f) => [f.start, f.end, f.step, f.blockId])).toEqual([[0, 0, null, null]]);
  });

  it('orders findings by position and gives the same findings for the same plan', () => {
    const text = 'We are devastated. It was human error. Rest assured.';
    const first = checkPlan({ plan: { text, blocks: [] } }).findings;
    expect(first.map((f) => f.start)).toEqual([...first.map((f) => f.start)].sort((a, b) => a - b));
    expect(checkPlan({ plan: { text, blocks: [] } }).findings).toEqual(first);
  });

  it('finds nothing to say about a specific, well-formed plan', () => {
    const text = [
      'Root causes',
      '1. On 2026-02-20 our handling time for 14 SKUs was set to 1 day, while the warehouse picks once a day at 16:00; 23 orders shipped late between 2026-02-20 and 2026-03-01, including ASIN B0AAAAAAAA.',
      '',
      'Actions taken',
      '1. On 2026-03-01 Li Wei (operations manager) set the handling time of all 14 SKUs to 2 days and checked each listing. Evidence: screenshots of the settings before and after.',
      '   Answers root cause 1',
      '',
      'Preventive measures',
      '1. Every Monday the operations manager compares the handling time of every SKU with the pick schedule, and logs the check. Owner: Li Wei; frequency: weekly; measured by: the share of orders shipped on time, reviewed each month.',
      '2. Before a new SKU goes live, its handling time is checked against the warehouse calendar by a second person. Owner: Zhang Min; frequency: each new listing; measured by: no SKU live with a handling time under 2 days.',
    ].join('\n');
    const findings = checkPlan({ plan: { text, blocks: [] }, asins: ['B0AAAAAAAA'] }).findings;
    expect(findings.map((f) => f.rule)).toEqual([]);
  });
});

describe('describeFinding', () => {
  it('puts a finding in the reader’s words, with the similarity as a percentage', () => {
    const [finding] = checkPlan({ plan: { text: 'a b c d', blocks: [] }, previous: ['a b c d'] }).findings.filter(
      (f) => f.rule === 'near-copy',
    );
    expect(describeFinding(finding!, translatorFor('en')).message).toBe(
      'This is 100% the same as a plan already submitted',
    );
    expect(describeFinding(finding!, translatorFor('zh-CN')).message).toBe('与已提交的行动计划相似度达 100%');
  });

  it('quotes the phrase found', () => {
    const [finding] = checkPlan({ plan: { text: 'Rest assured.', blocks: [] } }).findings.filter(
      (f) => f.rule === 'template-phrase',
    );
    expect(describeFinding(finding!, translatorFor('en'))).toEqual({
      message: '“Rest assured” is a stock phrase from appeal templates',
      suggestion: 'Say what happened in your own words, with its facts, or leave it out.',
      why: expect.stringContaining('template'),
    });
  });
});
