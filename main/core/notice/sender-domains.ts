// Where Amazon's performance notices come from: its marketplace domains. A message from any
// other domain is not Amazon's notice, however it is worded.
export const amazonSenderDomain =
  /(?:^|[.@])amazon\.(?:com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|pl|se|com\.be|com\.tr|co\.jp|cn|com\.au|in|sg|ae|sa|eg)>?$/i;

/** The address part of a From header (`"Amazon" <x@amazon.com>` or a bare address). */
export function senderAddress(from: string): string {
  const angle = /<([^<>]*)>/.exec(from);
  return (angle ? angle[1]! : from).trim();
}

export function isAmazonSender(from: string): boolean {
  return amazonSenderDomain.test(senderAddress(from));
}
