// German performance notices (amazon.de, sellercentral-europe), as Seller Central and Amazon's
// emails word them.
import type { NoticePatterns } from './notice-patterns';

const N = String.raw`(?<n>[0-9０-９]+|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|vierzehn|fünfzehn|siebzehn|dreißig)`;
const MONTH = String.raw`(?:(?<month>\d{1,2})\.\s*|(?<monthName>Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+)`;
const BY = String.raw`(?:bis(?:\s+zum)?|spätestens(?:\s+(?:bis\s+)?(?:zum|am))?|vor\s+dem)`;

export const germanPatterns: NoticePatterns = {
  language: 'de',
  subjects: [
    /richtlinienwarnung/i,
    /handlungsbedarf|maßnahme erforderlich/i,
    /kontozustand/i,
    /verkaufsberechtigung/i,
    /(?:angebote?|ASINs?|artikel|produkte?)\s+(?:wurden|wurde)\s+(?:entfernt|deaktiviert|gesperrt)/i,
    /geistig(?:es|en) eigentum/i,
  ],
  markers: [
    /kontozustand/i,
    /leistungsbenachrichtigung/i,
    /richtlinienwarnung/i,
    /verkaufsberechtigung/i,
    /maßnahmenplan|aktionsplan/i,
    /verkäuferleistung/i,
    /(?:angebote?|ASINs?|artikel|produkte?)\s+(?:wurden|wurde|haben wir)\s+(?:[^.\n]{0,30}\s)?(?:entfernt|deaktiviert|gesperrt)/i,
    /auftragsmängelquote|quote verspäteter lieferungen|stornorate vor der auftragsabwicklung|rate gültiger sendungsverfolgung|pünktlichkeitsrate/i,
    /geistig(?:es|en) eigentum|produktfälschung|nicht authentisch|eingeschränkte(?:n)? produkte|verhaltenskodex/i,
  ],
  greetings: [
    /^(?:hallo|guten tag|sehr geehrte[^,\n]{0,40}|liebe[^,\n]{0,40})\s*[,!:]?/i,
    /^(?:gesendet|datum|von|an|betreff)\s*:.*/i,
  ],
  groups: [
    {
      group: 'account',
      metric: 'accountStatus',
      pattern:
        /(?:verkaufsberechtigung|verkäuferkonto|ihr konto)(?:[^.\n]|\.(?=\S)){0,60}(?:deaktiviert|gesperrt|entzogen|gefährdet)|(?:deaktiviert|gesperrt|entzogen)(?:[^.\n]|\.(?=\S)){0,40}(?:verkaufsberechtigung|ihr konto)/i,
    },
    { group: 'customer-service', metric: null, pattern: /auftragsmängelquote|negative bewertung|a-bis-z|rückbuchung/i },
    {
      group: 'shipping',
      metric: 'lateShipmentRate',
      pattern: /quote verspäteter lieferungen|verspätete versandbestätigung/i,
    },
    {
      group: 'shipping',
      metric: 'preFulfillmentCancellationRate',
      pattern: /stornorate vor der auftragsabwicklung/i,
    },
    { group: 'shipping', metric: 'validTrackingRate', pattern: /rate gültiger sendungsverfolgung/i },
    { group: 'shipping', metric: 'onTimeDeliveryRate', pattern: /pünktlichkeitsrate|rate pünktlicher lieferungen/i },
    {
      group: 'policy-compliance',
      metric: 'productAuthenticityCustomerComplaints',
      pattern: /nicht authentisch|echtheit|produktfälschung|fälschung/i,
    },
    {
      group: 'policy-compliance',
      metric: 'receivedIntellectualPropertyComplaints',
      pattern: /geistig(?:es|en) eigentum|marke(?:nrecht)?verletzung|urheberrecht|patent/i,
    },
    {
      group: 'policy-compliance',
      metric: 'restrictedProductPolicyViolations',
      pattern: /eingeschränkte(?:n)? produkte/i,
    },
    { group: 'policy-compliance', metric: 'productSafetyCustomerComplaints', pattern: /produktsicherheit/i },
  ],
  policies: [
    /Richtlinie\s+zur\s+Bekämpfung\s+von\s+Produktfälschungen/i,
    /Richtlinien?\s+(?:zum|zu)\s+geistigem\s+Eigentum/i,
    /Richtlinien?\s+(?:zu|für)\s+eingeschränkten?\s+Produkten?/i,
    /Verhaltenskodex\s+für\s+Verkäufer/i,
    /Richtlinien?\s+für\s+Produktdetailseiten/i,
    /Richtlinien?\s+(?:zu|für)\s+Kundenrezensionen/i,
    /Zustandsrichtlinien/i,
  ],
  actions: [
    /\b(?:reichen|senden|übermitteln|legen)\s+Sie\b/i,
    /maßnahmenplan|aktionsplan/i,
    /\bum\s+(?:Ihre|die)\s+[^.\n]{0,40}\s+(?:wieder\s+zu\s+aktivieren|zu\s+reaktivieren)/i,
    /\bSie\s+(?:müssen|sollten)\b/i,
  ],
  relativeDeadlines: [
    {
      pattern: new RegExp(
        String.raw`(?:innerhalb\s+(?:von\s+|der\s+nächsten\s+)?|binnen\s+)${N}\s+(?:Werk|Geschäfts)tage?n?\b`,
        'i',
      ),
      unit: 'business-days',
    },
    {
      pattern: new RegExp(
        String.raw`(?:innerhalb\s+(?:von\s+|der\s+nächsten\s+)?|binnen\s+)${N}\s+(?:Kalender)?[Tt]age?n?\b`,
        'i',
      ),
      unit: 'days',
    },
    {
      pattern: new RegExp(String.raw`(?:innerhalb\s+(?:von\s+|der\s+nächsten\s+)?|binnen\s+)${N}\s+Stunden\b`, 'i'),
      unit: 'hours',
    },
  ],
  explicitDeadlines: [new RegExp(String.raw`${BY}\s+(?<day>\d{1,2})\.\s*${MONTH}(?<year>\d{4})`, 'i')],
  monthNames: {
    jan: 1,
    feb: 2,
    mär: 3,
    apr: 4,
    mai: 5,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    okt: 10,
    nov: 11,
    dez: 12,
  },
  numberWords: {
    einem: 1,
    einer: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    vierzehn: 14,
    fünfzehn: 15,
    siebzehn: 17,
    dreißig: 30,
  },
  lookBack: /(?:der\s+letzten|der\s+vergangenen|datiert|ausgestellt)\s*$/i,
  amazonTiming: /\b(?:wir werden|in der Regel|normalerweise|erhalten Sie (?:eine )?Antwort|melden uns)\b/i,
};
