// The shape of one language's notice patterns. Amazon's wording changes and new languages come,
// so everything the parser recognises is data in one file per language, never code.
export type NoticeLanguage = 'en' | 'de' | 'ja' | 'zh';
export type NoticeGroup = 'customer-service' | 'policy-compliance' | 'shipping' | 'account';

/** A phrase that tells what a notice is about; `metric` is the catalog key when it names one. */
export interface GroupRule {
  group: NoticeGroup;
  metric: string | null;
  pattern: RegExp;
}

/** A stated period: group `n` is the number (digits, full-width digits or a number word). */
export interface RelativeDeadline {
  pattern: RegExp;
  unit: 'days' | 'business-days' | 'hours';
}

export interface NoticePatterns {
  language: NoticeLanguage;
  /** Subject lines Amazon gives performance notices. */
  subjects: readonly RegExp[];
  /** Phrases only a performance notice carries; at least one must be present. */
  markers: readonly RegExp[];
  /** Lines that open a letter and so are not its title. */
  greetings: readonly RegExp[];
  /** Most specific first: the first that matches decides the group. */
  groups: readonly GroupRule[];
  /** Policy names; the match is kept as written. */
  policies: readonly RegExp[];
  /** A sentence matching one of these states what the seller must do. */
  actions: readonly RegExp[];
  relativeDeadlines: readonly RelativeDeadline[];
  /** Dates stated as a deadline: named groups `year`, `day` and `month` (a number) or `monthName`. */
  explicitDeadlines: readonly RegExp[];
  monthNames: Readonly<Record<string, number>>;
  numberWords: Readonly<Record<string, number>>;
  /** Text right before a period that makes it a look back ("the last 365 days"), not a deadline. */
  lookBack: RegExp;
  /** A sentence with these is about Amazon's own timing ("we usually reply within 48 hours"). */
  amazonTiming: RegExp;
}
