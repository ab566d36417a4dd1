// A report download cannot fill the machine's memory: a gzip bomb stops at the unpacked cap, a
// body beyond the download cap is not read to its end, and each says what happened.
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { maxAnswerBytes, maxReportBytes } from '../../../../../main/sources/spapi/client/answer-limits';
import { downloadReportDocument } from '../../../../../main/sources/spapi/client/report-download';
import { fakeSeller } from '../../../../support/fake-spapi/test-world';
import { listenerClient, spApiFailure } from '../../../../support/fake-spapi/listener-client';
import { startRecordingListener, type RecordingListener } from '../../../../support/recording-listener';

const seller = fakeSeller();
let server: RecordingListener;
afterEach(() => server.close());

/** Serves a token, the document's link, and `file` at that link. */
async function serveReport(file: { bytes: Buffer; compressed: boolean } | { endless: true }) {
  let fileBytesSent = 0;
  server = await startRecordingListener((request, response) => {
    if (request.path === '/auth/o2/token') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ access_token: 'Atza|token-for-download', expires_in: 3600 }));
    } else if (request.path.startsWith('/reports/2021-06-30/documents/')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      const compressed = 'bytes' in file && file.compressed;
      response.end(
        JSON.stringify({
          reportDocumentId: 'DOC-1',
          url: `${server.url}/file`,
          ...(compressed ? { compressionAlgorithm: 'GZIP' } : {}),
        }),
      );
    } else if ('bytes' in file) {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      fileBytesSent = file.bytes.length;
      response.end(file.bytes);
    } else {
      // No content-length: the client only finds out by reading.
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const more = () => {
        while (!response.destroyed && fileBytesSent < 4 * maxReportBytes) {
          fileBytesSent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end();
      };
      more();
    }
  });
  const client = listenerClient(seller, {
    baseUrl: server.url,
    lwaEndpoint: `${server.url}/auth/o2/token`,
    retry: { maxAttempts: 1 },
  });
  return { client, fileBytesSent: () => fileBytesSent };
}

describe('downloading a report', () => {
  it('stops a gzip bomb at the unpacked cap and says so', async () => {
    const bomb = gzipSync(Buffer.alloc(4 * maxReportBytes, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(maxAnswerBytes / 16);
    const { client } = await serveReport({ bytes: bomb, compressed: true });
    const error = await spApiFailure(downloadReportDocument(client, 'DOC-1'));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toContain('the report file unpacks to more than 16 MB');
  });

  it('reads a report just under the cap', async () => {
    const report = JSON.stringify({ accountStatuses: [], performanceMetrics: [], padding: 'x'.repeat(1024 * 1024) });
    const { client } = await serveReport({ bytes: gzipSync(report), compressed: true });
    const downloaded = await downloadReportDocument(client, 'DOC-1');
    expect(downloaded.rawText).toBe(report);
  });

  it('refuses a body larger than the cap by its content-length, without reading it', async () => {
    const { client } = await serveReport({ bytes: Buffer.alloc(maxReportBytes + 1, 0x20), compressed: false });
    const error = await spApiFailure(downloadReportDocument(client, 'DOC-1'));
    expect(error.message).toContain('the answer is larger than 16 MB and was not read');
  });

  it('stops reading an endless body at the cap', async () => {
    const { client, fileBytesSent } = await serveReport({ endless: true });
    const error = await spApiFailure(downloadReportDocument(client, 'DOC-1'));
    expect(error.message).toContain('the answer is larger than 16 MB and was not read');
    expect(fileBytesSent()).toBeLessThan(4 * maxReportBytes);
  });
});
