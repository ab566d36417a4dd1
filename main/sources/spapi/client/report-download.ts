// Fetching a report document: ask for its presigned URL, download at once (the URL lives five
// minutes), ask again once if it expired anyway, gunzip when Amazon says GZIP, parse the JSON.
// Both the download and its unpacked size are capped, so a gzip bomb stops at the cap.
import { gunzipSync } from 'node:zlib';
import { maxReportBytes } from './answer-limits';
import { spApiError } from './errors';
import { getReportDocument } from './operations';
import type { Answer } from './send';
import type { SpApiClient } from './spapi-client';

export interface DownloadedReport {
  /** The parsed JSON document, unvalidated: its parser decides what it means. */
  document: unknown;
  rawText: string;
}

export async function downloadReportDocument(
  client: SpApiClient,
  reportDocumentId: string,
  signal?: AbortSignal,
): Promise<DownloadedReport> {
  let info = await getReportDocument(client, reportDocumentId, signal);
  let answer = await client.download(info.url, signal);
  if (isExpiredUrl(answer)) {
    client.logger.warn('report document link expired before download; asking for a fresh one', { reportDocumentId });
    info = await getReportDocument(client, reportDocumentId, signal);
    answer = await client.download(info.url, signal);
  }
  if (answer.status < 200 || answer.status >= 300) {
    throw spApiError(
      answer.status >= 500 ? 'server' : 'bad-response',
      `downloading the report file failed with HTTP ${answer.status}`,
      answer.status,
    );
  }
  const rawText = decompressed(answer.body, info.compressionAlgorithm).toString('utf8');
  return { document: parsedJson(rawText), rawText };
}

/** S3 answers an expired presigned URL with 403 (or 400) and an XML AccessDenied / "Request has expired". */
function isExpiredUrl(answer: Answer): boolean {
  if (answer.status !== 403 && answer.status !== 400) return false;
  return /AccessDenied|expired/i.test(answer.body.toString('utf8'));
}

function decompressed(bytes: Buffer, compressionAlgorithm: string | undefined): Buffer {
  if (compressionAlgorithm === undefined) return bytes;
  if (compressionAlgorithm !== 'GZIP')
    throw spApiError(
      'bad-response',
      `the report file uses an unknown compression "${compressionAlgorithm.slice(0, 20)}"`,
    );
  try {
    return gunzipSync(bytes, { maxOutputLength: maxReportBytes });
  } catch (error) {
    if (error instanceof RangeError)
      throw spApiError(
        'bad-response',
        `the report file unpacks to more than ${maxReportBytes / 1024 / 1024} MB, which no account health report does; it was not read`,
      );
    throw spApiError(
      'bad-response',
      'the report file arrived damaged (it is not valid gzip); the next check downloads it again',
    );
  }
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw spApiError('bad-response', 'the report file is not valid JSON; the next check downloads it again');
  }
}
