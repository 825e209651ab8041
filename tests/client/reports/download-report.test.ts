// @vitest-environment jsdom
// Downloading a report from a local server: progress as it arrives, the server's file name, the claims a ClaimReview
// left out, asking again after a 429 as the server's Retry-After says, and giving up with the refusal after the last
// retry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadReport, type DownloadProgress } from '../../../client/src/features/reports/api/download-report.ts';
import { startApi, type ApiCall, type FakeApi, type Reply } from '../harness.ts';

let api: FakeApi;
let reply: (call: ApiCall) => Reply;
beforeEach(async () => {
  api = await startApi((call) => reply(call));
});
afterEach(() => api.close());

const CSV = 'claim,verdict\nالكرملين,disputed\n';
const busy: Reply = { status: 429, body: { error: { code: 'too_many_exports', message: 'Busy', params: { retryAfter: 0.001, kind: 'server' } } } };

describe('downloadReport', () => {
  it('saves under the server’s UTF-8 file name and reports the bytes as they come', async () => {
    reply = () => ({
      status: 200,
      raw: CSV,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="claims.csv"; filename*=UTF-8''${encodeURIComponent('مطالبات.csv')}`,
        'content-length': String(Buffer.byteLength(CSV)),
      },
    });
    const progress: DownloadProgress[] = [];
    const { blob, fileName } = await downloadReport({ format: 'csv', verdict: 'disputed' }, (p) => progress.push(p));
    expect(api.calls[0]!.path).toBe('/reports?format=csv&verdict=disputed');
    expect(fileName).toBe('مطالبات.csv');
    expect(await blob.text()).toBe(CSV);
    expect(blob.type).toBe('text/csv; charset=utf-8');
    expect(progress[0]).toEqual({ fileName: null, received: 0, total: null });
    expect(progress.at(-1)).toEqual({ fileName: 'مطالبات.csv', received: Buffer.byteLength(CSV), total: Buffer.byteLength(CSV) });
  });

  it('reads how many claims a ClaimReview left out, and nothing for a format that does not say', async () => {
    const said = (value: string) => () => ({ status: 200, raw: '{}', headers: { 'content-type': 'application/ld+json', 'x-claimdesk-unpublished-claims': value } });
    reply = said('3');
    expect((await downloadReport({ format: 'claimreview' }, () => undefined)).unpublished).toBe(3);
    reply = said('0');
    expect((await downloadReport({ format: 'claimreview' }, () => undefined)).unpublished).toBe(0);
    reply = said('-1');
    expect((await downloadReport({ format: 'claimreview' }, () => undefined)).unpublished).toBeNull();
    reply = () => ({ status: 200, raw: CSV });
    expect((await downloadReport({ format: 'csv' }, () => undefined)).unpublished).toBeNull();
  });

  it('names the file after its format when the server gives no name', async () => {
    reply = () => ({ status: 200, raw: '{}', headers: { 'content-type': 'application/json' } });
    expect((await downloadReport({ format: 'json' }, () => undefined)).fileName).toBe('report.json');
  });

  it('asks again after a 429, saying whose limit it waits for', async () => {
    let refusals = 2;
    reply = () => (refusals-- > 0 ? busy : { status: 200, raw: CSV });
    const progress: DownloadProgress[] = [];
    await downloadReport({ format: 'csv' }, (p) => progress.push(p));
    expect(api.calls).toHaveLength(3);
    expect(progress.filter((p) => p.waiting)).toEqual([
      { fileName: null, received: 0, total: null, waiting: { seconds: 0.001, kind: 'server' } },
      { fileName: null, received: 0, total: null, waiting: { seconds: 0.001, kind: 'server' } },
    ]);
  });

  it('gives up with the refusal after three retries, and at once on another error', async () => {
    reply = () => busy;
    await expect(downloadReport({ format: 'pdf' }, () => undefined)).rejects.toMatchObject({ status: 429 });
    expect(api.calls).toHaveLength(4);
    reply = () => ({ status: 400, body: { error: { code: 'invalid_request', message: 'format: bad', field: 'format' } } });
    await expect(downloadReport({ format: 'exe' }, () => undefined)).rejects.toMatchObject({ status: 400 });
    expect(api.calls).toHaveLength(5);
  });
});
