// Amazon's policy names, as its English Seller Central gives them, for the policy a notification
// is about.
export const policy = {
  'policy.antiCounterfeiting': 'Anti-Counterfeiting Policy',
  'policy.conditionGuidelines': 'Condition Guidelines',
  'policy.intellectualProperty': 'Intellectual Property Policy',
  'policy.productDetailPageRules': 'Product Detail Page Rules',
  'policy.restrictedProducts': 'Restricted Products Policy',
  'policy.customerProductReviews': 'Customer Product Reviews Policy',
  'policy.orderDefectRate': 'Order Defect Rate policy',
  'policy.shippingPerformance': 'Shipping performance policy',
  'policy.validTrackingRate': 'Valid Tracking Rate policy',
  'policy.sellerCodeOfConduct': 'Seller Code of Conduct',
} as const;
