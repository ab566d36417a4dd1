// Which language a plan is written in, from its characters: Chinese when Han characters outnumber
// Latin words (a Chinese plan still carries ASINs and order IDs in Latin letters). The checker
// counts length and compares texts in that language's units.
import type { PlanLanguage } from './appeal-schema';

const han = /\p{Script=Han}/gu;
const latinWord = /[A-Za-z]+/g;

export function detectPlanLanguage(text: string): PlanLanguage {
  const hanCount = text.match(han)?.length ?? 0;
  if (hanCount === 0) return 'en';
  const latinCount = text.match(latinWord)?.length ?? 0;
  return hanCount >= latinCount ? 'zh-CN' : 'en';
}

/**
 * How long a text is, in the units each language is measured in: words for English; for Chinese,
 * each Han character plus each run of Latin letters or digits (an ASIN or an order ID is one).
 */
export function textLength(text: string, language: PlanLanguage): number {
  if (language === 'en') return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return (text.match(han)?.length ?? 0) + (text.match(/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g)?.length ?? 0);
}
