// English performance notices (amazon.com, .co.uk, .ca, .com.au, .in …), as Seller Central
// and Amazon's emails word them.
import type { NoticePatterns } from './notice-patterns';

const N = String.raw`(?<n>\d+|[0-9０-９]+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|fifteen|seventeen|thirty|sixty|ninety)`;
const MONTH = String.raw`(?<monthName>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const BY = String.raw`(?:by|before|no later than|not later than|until|on or before)`;

export const englishPatterns: NoticePatterns = {
  language: 'en',
  subjects: [
    /policy warning/i,
    /action required/i,
    /performance notification/i,
    /account health/i,
    /(?:listing|listings|ASINs?|products?)\s+(?:has|have)\s+been\s+(?:removed|deactivated|suppressed)/i,
    /selling privileges/i,
    /(?:intellectual property|inauthentic|counterfeit)/i,
  ],
  markers: [
    /account health/i,
    /performance notification/i,
    /policy warning/i,
    /selling privileges/i,
    /plan of action/i,
    /seller performance/i,
    /\b(?:listings?|ASINs?|products?)\s+(?:has|have)\s+been\s+(?:removed|deactivated|suppressed|blocked)/i,
    /\bwe\s+(?:have\s+)?(?:removed|deactivated|suppressed)\s+(?:the\s+following|your)\b/i,
    /order defect rate|late shipment rate|pre-fulfillment cancel(?:lation)? rate|valid tracking rate|on-time delivery rate/i,
    /intellectual property|anti-counterfeiting|inauthentic|restricted products?|code of conduct/i,
    /at risk of (?:deactivation|being deactivated)/i,
  ],
  greetings: [
    /^(?:hello(?: from amazon)?|hi|dear [^,\n]{0,40}|greetings)\s*[,!:]?/i,
    /^thank you for (?:selling|being)[^.!\n]*[.!]?/i,
    /^(?:sent|date|from|to|subject)\s*:.*/i,
  ],
  groups: [
    {
      group: 'account',
      metric: 'accountStatus',
      pattern:
        /(?:selling privileges|seller account|your account)(?:[^.\n]|\.(?=\S)){0,60}(?:deactivated|suspended|removed|at risk)|(?:deactivated|suspended|removed)(?:[^.\n]|\.(?=\S)){0,40}(?:selling privileges|your account)/i,
    },
    { group: 'account', metric: 'accountHealthRating', pattern: /account health rating/i },
    { group: 'customer-service', metric: null, pattern: /order defect rate|negative feedback|a-to-z|chargeback/i },
    { group: 'customer-service', metric: 'invoiceDefectRate', pattern: /invoice defect rate/i },
    { group: 'shipping', metric: 'lateShipmentRate', pattern: /late shipment rate/i },
    { group: 'shipping', metric: 'preFulfillmentCancellationRate', pattern: /pre-fulfillment cancel(?:lation)? rate/i },
    { group: 'shipping', metric: 'validTrackingRate', pattern: /valid tracking rate/i },
    { group: 'shipping', metric: 'onTimeDeliveryRate', pattern: /on-time delivery rate/i },
    {
      group: 'policy-compliance',
      metric: 'productAuthenticityCustomerComplaints',
      pattern: /inauthentic|authenticity|counterfeit/i,
    },
    {
      group: 'policy-compliance',
      metric: 'receivedIntellectualPropertyComplaints',
      pattern: /intellectual property|trademark|copyright|patent|infring/i,
    },
    {
      group: 'policy-compliance',
      metric: 'restrictedProductPolicyViolations',
      pattern: /restricted products?/i,
    },
    { group: 'policy-compliance', metric: 'productSafetyCustomerComplaints', pattern: /product safety|unsafe/i },
    {
      group: 'policy-compliance',
      metric: 'productConditionCustomerComplaints',
      pattern: /condition (?:complaint|guidelines)|used sold as new/i,
    },
    {
      group: 'policy-compliance',
      metric: 'customerProductReviewsPolicyViolations',
      pattern: /customer product reviews|review manipulation/i,
    },
    { group: 'policy-compliance', metric: 'listingPolicyViolations', pattern: /listing polic|detail page rules/i },
  ],
  policies: [
    /(?:Amazon(?:'s)?\s+)?Anti-Counterfeiting\s+Policy/i,
    /(?:Amazon(?:'s)?\s+)?Intellectual\s+Property\s+Polic(?:y|ies)/i,
    /(?:Amazon(?:'s)?\s+)?Restricted\s+Products?\s+Polic(?:y|ies)/i,
    /(?:Amazon(?:'s)?\s+)?Seller\s+Code\s+of\s+Conduct/i,
    /(?:Amazon(?:'s)?\s+)?Product\s+Detail\s+Page\s+Rules/i,
    /(?:Amazon(?:'s)?\s+)?Customer\s+Product\s+Reviews\s+Polic(?:y|ies)/i,
    /(?:Amazon(?:'s)?\s+)?Condition\s+Guidelines/i,
    /(?:Amazon(?:'s)?\s+)?Product\s+Safety\s+Polic(?:y|ies)/i,
    /(?:Amazon(?:'s)?\s+)?Seller\s+Fulfilled\s+Prime\s+program\s+policies/i,
  ],
  actions: [
    /\b(?:please\s+)?(?:submit|provide|send\s+us|upload)\b/i,
    /\bplan of action\b/i,
    /\b(?:you can|you may|please) appeal\b/i,
    /\bto (?:reactivate|reinstate|appeal)\b/i,
    /\byou (?:must|need to|should)\b/i,
  ],
  relativeDeadlines: [
    {
      pattern: new RegExp(String.raw`\bwithin\s+(?:the\s+next\s+)?${N}\s+business\s+days?\b`, 'i'),
      unit: 'business-days',
    },
    { pattern: new RegExp(String.raw`\bwithin\s+(?:the\s+next\s+)?${N}\s+(?:calendar\s+)?days?\b`, 'i'), unit: 'days' },
    {
      pattern: new RegExp(
        String.raw`\b${N}\s+(?:calendar\s+)?days?\s+(?:from|of)\s+(?:today|the\s+date\s+of\s+this\s+(?:notice|notification|message|email|e-mail|letter))`,
        'i',
      ),
      unit: 'days',
    },
    { pattern: new RegExp(String.raw`\bwithin\s+(?:the\s+next\s+)?${N}\s+hours?\b`, 'i'), unit: 'hours' },
  ],
  explicitDeadlines: [
    new RegExp(String.raw`\b${BY}\s+${MONTH}\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})`, 'i'),
    new RegExp(String.raw`\b${BY}\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(?<year>\d{4})`, 'i'),
    new RegExp(String.raw`\b${BY}\s+(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b`, 'i'),
  ],
  monthNames: {
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    may: 5,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  },
  numberWords: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    fourteen: 14,
    fifteen: 15,
    seventeen: 17,
    thirty: 30,
    sixty: 60,
    ninety: 90,
  },
  lookBack: /(?:dated|issued|the last|the past|previous|purchased|covering)\s*$/i,
  amazonTiming:
    /\b(?:we will|we'll|we usually|we typically|usually|typically|generally|expect (?:a|our) (?:response|reply)|hear (?:back|from us))\b/i,
};
