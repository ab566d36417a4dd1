// What the email source hands a message's text to, given by the composition root: the notice
// parser (pure) and the intake that turns a parsed notice into an inbox notification. The source
// does not know the notice's shape; it only passes it from one to the other.
export interface NoticeOrigin {
  kind: 'email' | 'paste';
  accountId: string;
  marketplaceId: string;
  receivedAt: string;
}

export type ParseResult<Notice> = { ok: true; notice: Notice } | { ok: false; reason: string };

export interface NoticeHandlers<Notice> {
  parseNotice(input: { text: string; subject?: string; from?: string; receivedAt: string }): ParseResult<Notice>;
  addNotice(notice: Notice, origin: NoticeOrigin): Promise<{ id: string; created: boolean }>;
}
