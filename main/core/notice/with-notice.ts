// A notification with Amazon's notice laid over it: the ASINs the notice names join the
// report's, and the notice's deadline, policy and required action, being Amazon's own words,
// win. Applied on linking and again on every poll, so the report never takes them back.
import type { NoticeAttachment, SourceNotification } from '../schema';

export function withNotice<T extends SourceNotification>(n: T, notice: NoticeAttachment): T {
  const asins = notice.asins.some((a) => !n.asins.includes(a))
    ? [...n.asins, ...notice.asins.filter((a) => !n.asins.includes(a))]
    : n.asins;
  return {
    ...n,
    asins,
    deadline: notice.deadline ?? n.deadline,
    policy: notice.policy ?? n.policy,
    requiredAction: notice.requiredAction ?? n.requiredAction,
  };
}
