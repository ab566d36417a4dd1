// Japanese performance notices (amazon.co.jp), as セラーセントラル and Amazon's emails word them.
import type { NoticePatterns } from './notice-patterns';

const N = String.raw`(?<n>[0-9０-９]+|[一二三四五六七八九十]+)`;
const DATE = String.raw`(?<year>[0-9０-９]{4})\s*年\s*(?<month>[0-9０-９]{1,2})\s*月\s*(?<day>[0-9０-９]{1,2})\s*日`;

export const japanesePatterns: NoticePatterns = {
  language: 'ja',
  subjects: [
    /ポリシー違反|ポリシー警告/,
    /対応が必要|要対応/,
    /アカウント健全性/,
    /出品(?:権限|停止|が停止)/,
    /知的財産/,
  ],
  markers: [
    /アカウント健全性/,
    /パフォーマンス通知/,
    /ポリシー(?:違反|警告)/,
    /出品権限/,
    /改善計画(?:書)?/,
    /(?:出品|商品|ASIN)[^。\n]{0,20}(?:削除|停止|無効)/,
    /注文不良率|出荷遅延率|出荷前キャンセル率|有効な追跡率|追跡可能率|納期遵守率/,
    /知的財産|偽造品|真正性|出品制限|行動規範/,
  ],
  greetings: [
    /^(?:出品者様|セラー様|拝啓)[、。]?/,
    /^[^。\n]{0,40}(?:ご利用|お世話になって)[^。\n]*(?:ありがとうございます|おります)。?/,
    /^(?:送信日時|日付|差出人|宛先|件名)\s*[:：].*/,
  ],
  groups: [
    {
      group: 'account',
      metric: 'accountStatus',
      pattern: /(?:出品権限|出品用アカウント|アカウント)[^。\n]{0,30}(?:停止|無効|削除|リスク)/,
    },
    { group: 'customer-service', metric: null, pattern: /注文不良率|否定的な評価|Aから?z|チャージバック/i },
    { group: 'shipping', metric: 'lateShipmentRate', pattern: /出荷遅延率/ },
    { group: 'shipping', metric: 'preFulfillmentCancellationRate', pattern: /出荷前キャンセル率/ },
    { group: 'shipping', metric: 'validTrackingRate', pattern: /有効な追跡率|追跡可能率/ },
    { group: 'shipping', metric: 'onTimeDeliveryRate', pattern: /納期遵守率/ },
    {
      group: 'policy-compliance',
      metric: 'productAuthenticityCustomerComplaints',
      pattern: /真正性|偽造品|本物でない/,
    },
    {
      group: 'policy-compliance',
      metric: 'receivedIntellectualPropertyComplaints',
      pattern: /知的財産|商標|著作権|特許/,
    },
    { group: 'policy-compliance', metric: 'restrictedProductPolicyViolations', pattern: /出品制限/ },
    { group: 'policy-compliance', metric: 'productSafetyCustomerComplaints', pattern: /製品安全|商品の安全/ },
  ],
  policies: [
    /偽造品(?:の取り扱い)?に関するポリシー/,
    /知的財産(?:権)?(?:に関する)?ポリシー/,
    /出品制限(?:商品|のある商品)?(?:に関する)?ポリシー/,
    /出品者(?:の)?行動規範/,
    /商品詳細ページ(?:の)?(?:ルール|規約)/,
    /カスタマーレビュー(?:に関する)?ポリシー/,
    /コンディションガイドライン/,
  ],
  actions: [
    /提出してください|ご提出ください|ご提供ください|送信してください|お送りください/,
    /改善計画(?:書)?/,
    /ください/,
  ],
  relativeDeadlines: [
    { pattern: new RegExp(String.raw`${N}\s*営業日以内`), unit: 'business-days' },
    { pattern: new RegExp(String.raw`(?:本日|本通知|このメール)?(?:より|から)?\s*${N}\s*日(?:間)?以内`), unit: 'days' },
    { pattern: new RegExp(String.raw`${N}\s*時間以内`), unit: 'hours' },
  ],
  explicitDeadlines: [
    new RegExp(String.raw`${DATE}(?:\s*[(（][^)）]{1,4}[)）])?\s*(?:まで|以内)`),
    new RegExp(String.raw`(?<year>\d{4})/(?<month>\d{1,2})/(?<day>\d{1,2})\s*(?:まで)`),
  ],
  monthNames: {},
  numberWords: {},
  lookBack: /(?:過去|直近|最近)\s*$/,
  amazonTiming: /(?:通常|ご連絡いたします|返信いたします|回答いたします|審査いたします)/,
};
