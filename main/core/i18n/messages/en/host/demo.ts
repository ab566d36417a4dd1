// The demo's notification texts, worded the way Amazon's Performance Notifications read (written
// for Flagwatch, not copied). Arguments: {storefront} "Amazon.com", {products} one "ASIN …: title"
// line per product, {value} and {target} of the metric, {metric} its name, {days} its window,
// {timeAllowed} the time to respond, {rightsOwner}, {reference}.
export const demo = {
  'demo.hours': '{count, plural, one {# hour} other {# hours}}',
  'demo.days': '{count, plural, one {# day} other {# days}}',

  'demo.productAuthenticity.title': 'Action required: product authenticity customer complaints',
  'demo.productAuthenticity.text':
    'Customers who bought the following products from you on {storefront} told us the items they received were not authentic:\n\n{products}\n\nWe have removed your offers for these ASINs while we review the complaints. Further authenticity complaints may lead us to deactivate your selling privileges.',
  'demo.productAuthenticity.action':
    "Within {timeAllowed}, appeal from Account Health and attach: invoices or receipts from your suppliers dated within the last 365 days, covering the units you sold of each ASIN above (highlight the ASINs); each supplier's name, address, phone number and website; and a plan of action stating the root cause, the actions you have taken and the steps that will prevent it from happening again.",

  'demo.productCondition.title': 'Product condition customer complaint',
  'demo.productCondition.text':
    'A customer on {storefront} reported that the item below arrived used, damaged or in a condition other than the one stated in your offer:\n\n{products}\n\nYour offer is still active. Repeated condition complaints within 180 days may lead us to remove it.',
  'demo.productCondition.action':
    'Inspect the units you hold for this ASIN, make sure their condition matches your offer, and correct the condition note if needed. Photos of the inventory and of your packing steps help us close the complaint.',

  'demo.ipComplaint.title': 'Notice of intellectual property complaint: listing removed',
  'demo.ipComplaint.text':
    'A rights owner reported that the listing below infringes their trademark on {storefront}.\n\nRights owner: {rightsOwner}\nComplaint ID: {reference}\n{products}\n\nWe removed the listing. Further intellectual property complaints may lead us to deactivate your account.',
  'demo.ipComplaint.action':
    'If you believe the complaint was made in error, contact the rights owner and ask them to retract it, or appeal with a letter of authorization or invoices that show the goods are genuine. Do not relist the product until the complaint is resolved.',

  'demo.listingPolicy.title': 'Listing policy violation: product detail page content',
  'demo.listingPolicy.text':
    "The detail page content of the listings below on {storefront} is not allowed: it refers to other websites or contains time-limited promotional wording such as 'best price' or 'sale ends today'.\n\n{products}\n\nThe listings are still active, but we will suppress them if the content stays.",
  'demo.listingPolicy.action': 'Edit each listing to remove the content, then confirm the change from Account Health.',

  'demo.restrictedProduct.title': 'Restricted product listing removed',
  'demo.restrictedProduct.text':
    "We removed the listing below from {storefront} because its detail page describes the product as 'antibacterial' and 'protects against germs'. Products that make pesticide or biocide claims can only be sold with the registration this marketplace requires.\n\n{products}",
  'demo.restrictedProduct.action':
    'Remove the claims from the detail page, or provide proof that the product is registered. If you no longer sell the product, close the listing. Then appeal from Account Health with the evidence.',

  'demo.reviewsPolicy.title': 'Warning: customer product reviews policy',
  'demo.reviewsPolicy.text':
    'Packages of the product below sold on {storefront} contain an insert that offers customers a refund or a free product in exchange for a positive review:\n\n{products}\n\nAsking for positive reviews, or rewarding them, is not allowed. If it happens again we may remove your listings or deactivate your account.',
  'demo.reviewsPolicy.action':
    'Stop using the insert and remove it from every unit in stock, including units at fulfillment centers. Explain in a plan of action how you will make sure it does not happen again.',

  'demo.rate.title': '{direction, select, below {{metric} below target} other {{metric} above target}}',
  'demo.rate.text':
    'Your {metric} on {storefront} is {value} over the last {days} days, which does not meet our target of {target}. {explanation}',
  'demo.defectPlan':
    'Review the defective orders under Customer Service Performance in Account Health, resolve open claims and negative feedback, and send a plan of action naming the root cause of each kind of defect, the actions you have taken and how you will prevent them.',
  'demo.orderDefectRateMfn.explanation':
    'The rate counts seller-fulfilled orders that received negative feedback, an A-to-z Guarantee claim or a chargeback. Sellers who stay above the target may lose their selling privileges.',
  'demo.orderDefectRateAfn.explanation':
    'The rate counts Fulfilled by Amazon orders that received negative feedback, an A-to-z Guarantee claim or a chargeback. Defects on these orders usually point to the product or its detail page rather than to shipping.',
  'demo.lateShipmentRate.explanation':
    'An order is late when you confirm its shipment after the expected ship date. A rate above the target can lead us to deactivate your seller-fulfilled offers.',
  'demo.lateShipmentRate.action':
    'Set handling times that match how long you really take to ship, confirm each shipment on the day it leaves, and buy labels through a carrier that scans on pickup.',
  'demo.preFulfillmentCancelRate.explanation':
    'The rate counts seller-fulfilled orders you cancelled before confirming shipment, most often because the item was out of stock.',
  'demo.preFulfillmentCancelRate.action':
    'Keep inventory quantities in sync on every channel you sell on, and set listings to zero stock as soon as an item runs out.',
  'demo.validTrackingRate.explanation':
    'The rate counts seller-fulfilled packages confirmed with a tracking number that a carrier scanned. Below the target we may restrict your ability to sell in some product categories.',
  'demo.validTrackingRate.action':
    'Enter the tracking number and the correct carrier name when you confirm each shipment, and check that the carrier scans the packages on pickup.',
  'demo.onTimeDeliveryRate.explanation':
    'The rate counts packages delivered by the date promised to the customer. Missed delivery dates lead to cancellations, claims and negative feedback.',
  'demo.onTimeDeliveryRate.action':
    'Review the transit times in your shipping templates against what your carriers achieve, and switch slow routes to a faster service.',

  'demo.accountAtRisk.title': 'Your account is at risk of deactivation',
  'demo.accountAtRisk.text':
    'Your Account Health Rating on {storefront} has fallen into the at-risk range because of recent policy violations and customer complaints. Your selling account is at risk of being deactivated. You have {timeAllowed} to act before we review it.',
  'demo.accountAtRisk.action':
    'Within {timeAllowed}, open Account Health, address each violation listed there, and submit a plan of action that states the root cause of each issue, the actions you have already taken and the steps that will prevent it. If we deactivate the account, we may hold the funds in it.',

  'demo.aToZClaimClosed.title': 'A-to-z Guarantee claim closed in your favor',
  'demo.aToZClaimClosed.text':
    'An A-to-z Guarantee claim on one of your seller-fulfilled orders on {storefront} was closed in your favor (claim {reference}). It does not count toward your Order Defect Rate. No action is needed.',

  'demo.trackingScanMissing.title': 'Tracking not yet scanned on a recent shipment',
  'demo.trackingScanMissing.text':
    'A seller-fulfilled package on {storefront} (reference {reference}) has had no carrier scan for more than 48 hours. Your Valid Tracking Rate is within target; this notice is for your information.',
} as const;
