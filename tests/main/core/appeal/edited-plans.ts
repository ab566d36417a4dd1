// Plans that read like real ones, and later versions of them with a share of their words edited
// the way a seller revises a plan: a word replaced, a phrase inserted or cut, a number corrected,
// a line break added, a sentence moved. Seeded, so a failing case can be replayed.
import type { PlanLanguage } from '../../../../main/core/appeal/appeal-schema';
import { randomFor, type Random } from '../../../../main/sources/demo/prng';

const english = [
  'On 2026-03-{d} order 113-{o}-7654321 for ASIN B0{o} shipped two days late because the pick list printed each morning missed the second storage location.',
  'The warehouse team lead, Li Wei, confirmed that {n} units were stored in two places and only one was on the list.',
  'Each affected buyer received a full refund within 24 hours and a message explaining the delay.',
  'We now update the pick list every hour from the inventory report, and the shift lead checks it before picking starts.',
  'Since the change, {n} orders in a row shipped on time (see the attached shipping report, pages 1–3).',
  'Our café supplier’s labels were re-checked; no other ASIN was affected.',
];
const chinese = [
  '2026年3月{d}日，订单113-{o}-7654321（ASIN B0{o}）因拣货单每天早上打印一次、漏掉了第二个库位，迟发两天。',
  '仓库组长李伟确认，有{n}件商品存放在两个库位，而拣货单上只有一个。',
  '每位受影响的买家都在24小时内收到全额退款和一封说明延误原因的消息。',
  '现在我们每小时根据库存报告更新拣货单，拣货开始前由班组长核对。',
  '改进之后，已连续{n}个订单按时发货（见附件中的发货报告第1–3页）。',
];
const englishWords = ['carrier', 'late', 'refund', 'report', 'every', 'checked', 'the', 'ASIN', '42', 'on', 'time'];
const chineseWords = ['承运人', '迟发', '退款', '报告', '每天', '核对', '订单', '按时', '库位'];

function sentence(language: PlanLanguage, random: Random, i: number): string {
  const template = random.pick(language === 'zh-CN' ? chinese : english);
  return template
    .replace(/\{d\}/g, String((i % 27) + 1))
    .replace(/\{o\}/g, String(1_000_000 + i))
    .replace(/\{n\}/g, String(random.int(2, 400)));
}

/** A plan of at least `words` words (Chinese counted in characters) in paragraphs. */
export function planText(language: PlanLanguage, words: number, seed: string): string {
  const random = randomFor(seed, 'plan');
  let text = '';
  let count = 0;
  for (let i = 0; count < words; i++) {
    const next = sentence(language, random, i);
    count += language === 'zh-CN' ? next.length : next.split(' ').length;
    text += (i === 0 ? '' : i % 5 === 0 ? '\n\n' : language === 'zh-CN' ? '' : ' ') + next;
  }
  return text;
}

/** `text` with about `share` of its words (characters in Chinese) edited. */
export function editedPlan(text: string, language: PlanLanguage, share: number, seed: string): string {
  const random = randomFor(seed, 'edits');
  const chinese = language === 'zh-CN';
  const units = chinese ? Array.from(text) : text.split(' ');
  const edits = Math.max(1, Math.round(units.length * share));
  const vocabulary = chinese ? chineseWords : englishWords;
  for (let e = 0; e < edits && units.length > 1; e++) {
    const at = random.int(0, units.length - 1);
    const kind = random.int(0, 5);
    if (kind === 0) units[at] = random.pick(vocabulary);
    else if (kind === 1) units.splice(at, 0, random.pick(vocabulary));
    else if (kind === 2) units.splice(at, random.int(1, 3));
    else if (kind === 3) units[at] = `${units[at]}${random.int(0, 9)}`;
    else if (kind === 4) units[at] = `${units[at]}\n`;
    else {
      const moved = units.splice(at, random.int(1, 6));
      units.splice(random.int(0, units.length), 0, ...moved);
    }
  }
  return units.join(chinese ? '' : ' ');
}
