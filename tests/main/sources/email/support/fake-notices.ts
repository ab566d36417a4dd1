// A stand-in for the notice parser and the intake, so the source is tested on its own: a notice
// is mail from an Amazon domain that names an ASIN; the intake records what it was given.
import type { NoticeHandlers, NoticeOrigin } from '../../../../../main/sources/email';

export interface FakeNotice {
  subject?: string;
  asins: string[];
  text: string;
}

export interface RecordingNotices extends NoticeHandlers<FakeNotice> {
  added: { notice: FakeNotice; origin: NoticeOrigin }[];
  asins(): string[];
}

export function recordingNotices(): RecordingNotices {
  const added: RecordingNotices['added'] = [];
  return {
    added,
    asins: () => added.flatMap((each) => each.notice.asins).sort(),
    parseNotice({ text, subject, from }) {
      if (!from || !/@amazon\.(com|de|co\.jp|co\.uk)$/.test(from)) return { ok: false, reason: 'not from Amazon' };
      const asins = text.match(/\bB0[A-Z0-9]{8}\b/g);
      if (!asins) return { ok: false, reason: 'no ASIN' };
      return { ok: true, notice: { subject, asins: [...new Set(asins)], text } };
    },
    async addNotice(notice, origin) {
      added.push({ notice, origin });
      return { id: `n${added.length}`, created: true };
    },
  };
}
