// What Flagwatch itself writes about an SP-API account: the notifications it reads out of the
// Account Health report and the listings, and the errors of talking to Amazon. Amazon's own words
// (a listing issue's message, a warning's name, an error Amazon returned) are quoted as they come.
export const spapi = {
  /** Fragments: " over the last 30 days" after a title, "2026-10-03 to 2026-11-01". */
  'spapi.window': ' over the last {days, plural, one {# day} other {# days}}',
  'spapi.range': '{from} to {to}',
  'spapi.amazonStore': 'Amazon {marketplace}',

  'spapi.miss.above': 'above target',
  'spapi.miss.below': 'below target',
  'spapi.miss.off': 'off target',
  'spapi.offTarget.title': '{metric} {direction}: {value} (target {target}){window}',
  'spapi.offTarget.text':
    "Amazon's Account Health report for {where} shows your {metric} at {value}; the target is {target}.",
  'spapi.offTarget.counts': 'In the window: {counts}.',
  'spapi.offTarget.countsInRange': 'In the window {range}: {counts}.',

  'spapi.count.orderCount': '{count, plural, one {# order} other {# orders}}',
  'spapi.count.shipmentCount': '{count, plural, one {# shipment} other {# shipments}}',
  'spapi.count.shipmentCountWithValidTracking':
    '{count, plural, one {# shipment with valid tracking} other {# shipments with valid tracking}}',
  'spapi.count.totalUnitCount': '{count, plural, one {# unit} other {# units}}',
  'spapi.count.orderWithDefects': '{count, plural, one {# order with a defect} other {# orders with a defect}}',
  'spapi.count.negativeFeedback': '{count, number} negative feedback',
  'spapi.count.claims': '{count, plural, one {# A-to-z Guarantee claim} other {# A-to-z Guarantee claims}}',
  'spapi.count.chargebacks': '{count, plural, one {# chargeback} other {# chargebacks}}',
  'spapi.count.lateShipmentCount': '{count, number} shipped late',
  'spapi.count.cancellationCount': '{count, number} cancelled before shipping',
  'spapi.count.validTrackingCount': '{count, number} with valid tracking',
  'spapi.count.onTimeDeliveryCount': '{count, number} delivered on time',
  'spapi.count.unitOnTimeDeliveryCount':
    '{count, plural, one {# unit delivered on time} other {# units delivered on time}}',
  'spapi.count.invoiceDefect': '{count, plural, one {# invoice defect} other {# invoice defects}}',
  'spapi.count.missingInvoice': '{count, plural, one {# missing invoice} other {# missing invoices}}',
  'spapi.count.lateInvoice': '{count, plural, one {# late invoice} other {# late invoices}}',

  'spapi.rise.title': '{metric}: {count, number}{window} ({change})',
  'spapi.rise.firstChange': 'target {target}',
  'spapi.rise.newChange': '{count, number} new',
  'spapi.rise.text': "Amazon's Account Health report for {where} counts {count, number} for {metric}{window}.",
  'spapi.rise.textInRange':
    "Amazon's Account Health report for {where} counts {count, number} for {metric}{window} ({range}).",
  'spapi.rise.more': 'That is {count, number} more than at the previous check.',
  'spapi.rise.noProducts':
    'The report names no products: Performance Notifications in Seller Central show which ASINs and what Amazon asks for.',

  'spapi.status.AT_RISK': 'Account at risk of deactivation',
  'spapi.status.AT_RISK.meaning':
    'Amazon marks the account as at risk of deactivation. Act within 72 hours: check Account Health and address what it lists.',
  'spapi.status.DEACTIVATED': 'Account deactivated',
  'spapi.status.DEACTIVATED.meaning':
    'Amazon has deactivated the account. An acceptable plan of action is expected within 17 days or two unsuccessful appeals.',
  'spapi.status.SUSPENDED': 'Account suspended',
  'spapi.status.SUSPENDED.meaning':
    'Amazon has suspended the account. An acceptable plan of action is expected within 17 days or two unsuccessful appeals.',
  'spapi.status.title': '{status} ({where})',
  'spapi.status.text': "Amazon reports the account's status on {where} as {status}. {meaning}",
  'spapi.status.unknown.title': 'Account status {status} ({where})',
  'spapi.status.unknown.text':
    "Amazon reports the account's status on {where} as {status}, which is not NORMAL. Check Account Health in Seller Central.",

  'spapi.rating.title':
    'Account Health Rating {band, select, atRisk {at risk} unhealthy {unhealthy} other {{band}}}: {score, number} (healthy from {healthy, number})',
  'spapi.rating.text':
    'Amazon\'s Account Health Rating for {where} is {score, number} of {max, number}, in the "{bandName}" band. Ratings under {healthy, number} put the account at risk of deactivation; Account Health lists the policy violations behind it.',
  'spapi.ratingStatus.title': 'Account Health Rating: {status}',
  'spapi.ratingStatus.text':
    "Amazon's Account Health report for {where} gives the rating's status as {status} rather than healthy. Check Account Health in Seller Central for the violations behind it.",
  'spapi.warning.title': 'Account warning: {warning}',
  'spapi.warning.text':
    'Amazon\'s Account Health report for {where} flags "{warning}" as {status}. Check Account Health in Seller Central for what Amazon asks.',

  'spapi.listing.CATALOG_ITEM_REMOVED': 'Listing removed from the catalog',
  'spapi.listing.LISTING_SUPPRESSED': 'Listing suppressed',
  'spapi.listing.SEARCH_SUPPRESSED': 'Listing hidden from search',
  'spapi.listing.ATTRIBUTE_SUPPRESSED': 'Listing detail suppressed',
  'spapi.listing.unknownAction': 'Amazon action {action}',
  'spapi.listing.error': 'Listing issue',
  'spapi.listing.title': '{verdict}: {name}',
  'spapi.listing.titleWithAsin': '{verdict}: {name} (ASIN {asin})',
  'spapi.listing.where': 'SKU {sku}, on {store}.',
  'spapi.listing.whereWithAsin': 'SKU {sku}, ASIN {asin}, on {store}.',
  'spapi.listing.code': "Amazon's issue code: {code}.",
  'spapi.listing.codeWithCategories': "Amazon's issue code: {code} ({categories}).",
  'spapi.listing.exempt': 'Amazon has held back its action until {date}.',

  'spapi.participation.notSelling.title': 'Not selling on {where}',
  'spapi.participation.notSelling.text':
    'Amazon reports that this account does not participate in {where}, which Flagwatch is set to watch. If you did not close it yourself, check Account Health for that marketplace in Seller Central.',
  'spapi.participation.suspended.title': 'Listings inactive on {where}',
  'spapi.participation.suspended.text':
    'Amazon reports suspended listings for this account on {where}: the listing status is set to inactive. Check Inventory and the listing status in Seller Central.',

  /** What went wrong talking to Amazon, by kind; `detail` says what happened, often in Amazon's words. */
  'spapi.error.withDetail': '{advice} ({detail})',
  'spapi.error.auth-revoked': 'Amazon refused the refresh token: it was revoked or mistyped. Reconnect the account.',
  'spapi.error.auth-client':
    'Amazon refused the app credentials: the LWA client id or client secret is wrong or the secret expired (they must be rotated every 180 days). Enter the current ones.',
  'spapi.error.forbidden':
    'Amazon denied access: the app lacks the role this needs (Selling Partner Insights for reports, Product Listing for listings) or the account is not authorised for it. Check the app roles in Seller Central and reconnect.',
  'spapi.error.throttled':
    'Amazon kept answering "too many requests" after several polite retries. Flagwatch will try again later.',
  'spapi.error.unreachable': 'Amazon could not be reached. Check the internet connection; Flagwatch will try again.',
  'spapi.error.timeout': 'Amazon did not answer in time. Flagwatch will try again.',
  'spapi.error.server': 'Amazon had a temporary problem answering. Flagwatch will try again.',
  'spapi.error.bad-request': 'Amazon rejected the request as malformed.',
  'spapi.error.bad-response': 'Amazon sent an answer Flagwatch could not read.',
  'spapi.error.not-found': 'Amazon does not know the requested item.',
  /** A failed poll, prefixed with the account's name. */
  'spapi.error.ofAccount': '{account}: {problem}',
  'spapi.error.noSecrets': 'the client secret and refresh token are not saved; add them in Accounts',
  'spapi.error.unreadableReport': 'Amazon sent an account health report Flagwatch cannot read: {problem}',
  'spapi.error.unexpected': 'the poll failed unexpectedly: {problem}',

  'spapi.env.accountName': 'Amazon account (environment)',
  'spapi.env.missing': 'The SP-API source needs these environment variables, which are not set: {variables}.',
  'spapi.env.invalid': 'The SP-API environment variables are not valid: {problems}.',
} as const;
