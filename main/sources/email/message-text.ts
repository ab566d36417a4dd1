// One email message (its raw bytes, at most the bounded prefix the source fetched) turned into
// the plain text a notice parser reads: the text part, or the HTML part converted to text (never
// rendered, scripts and styles dropped), with the subject and sender decoded (RFC 2047,
// quoted-printable, base64, charsets). Mail is written by strangers: this never throws and its
// output is bounded whatever the input.
import { simpleParser, type AddressObject } from 'mailparser';

export interface MessageText {
  text: string;
  subject?: string;
  /** The sender's address. */
  from?: string;
  messageId?: string;
  /** The Date header, ISO 8601, when it is a real date. */
  date?: string;
}

/** Far more than any notice; a longer text is cut here. */
export const maxTextChars = 100_000;
const maxHeaderChars = 1_000;
/** HTML beyond this is not converted (html-to-text is linear but not free). */
const maxHtmlChars = 2_000_000;

export async function messageText(source: Uint8Array): Promise<MessageText> {
  try {
    const parsed = await simpleParser(Buffer.from(source.buffer, source.byteOffset, source.byteLength), {
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      maxHtmlLengthToParse: maxHtmlChars,
    });
    return {
      text: bounded(normalised(parsed.text ?? ''), maxTextChars),
      subject: header(parsed.subject),
      from: header(firstAddress(parsed.from)),
      messageId: header(parsed.messageId),
      date: statedDate(parsed.headerLines),
    };
  } catch {
    // A message the MIME parser cannot read at all carries no notice we could trust.
    return { text: '' };
  }
}

/** The Date header as written; the parser puts "now" in place of a missing or broken one. */
function statedDate(lines: readonly { key: string; line: string }[]): string | undefined {
  const line = lines.find((each) => each.key === 'date')?.line;
  const time = line ? Date.parse(line.slice(line.indexOf(':') + 1).trim()) : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function firstAddress(from: AddressObject | undefined): string | undefined {
  return from?.value.find((each) => each.address)?.address;
}

function header(value: string | undefined): string | undefined {
  const text = value?.replace(/[\r\n\t]+/g, ' ').trim();
  return text ? bounded(text, maxHeaderChars) : undefined;
}

function normalised(text: string): string {
  return text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '');
}

function bounded(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}
