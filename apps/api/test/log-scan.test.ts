import { describe, expect, it } from 'vitest';
import { scanLog } from './log-scan.js';

const clean = [
  '{"level":30,"time":1796151112576,"pid":23541,"reqId":"b1726e29-35bc-4697-82b3-30f65fb952f4","req":{"method":"GET","url":"/api/v1/unit/applicants?q=&limit=","remoteAddress":"127.0.0.1"},"msg":"incoming request"}',
  '{"level":50,"err":{"type":"DrizzleQueryError","message":"Failed query: select 1\\nparams: [redacted]","code":"23505","constraint":"users_id_number_key"},"msg":"unhandled error"}',
].join('\n');

describe('the test-run log scan', () => {
  it('passes the lines the app writes', () => {
    expect(scanLog(clean)).toEqual([]);
  });

  it.each([
    ['ID number', '{"url":"/api/v1/unit/applicants?q=11010519491231002X"}'],
    ['password hash', '{"params":["$argon2id$v=19$m=19456,t=2,p=1$abc$def"]}'],
    ['JWT', '{"authorization":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl"}'],
    ['refresh token', '{"cookie":"Gx3pQ0s9bY2c1LmN8vT4wZ7aR5kE6hJ0uI3oP2qS1dF"}'],
    ['API key', '{"key":"zck_0123456789ABCDEFGHIJabcdefghij0123456789XYZ"}'],
    ['webhook secret', '{"secret":"whsec_AbCdEfGhIjKlMnOpQrStUv"}'],
    ['SMS code', '{"msg":"SMS to 13800138000: 【职称申报】您的登录验证码为 123456，5 分钟内有效。"}'],
  ])('finds a %s', (what, line) => {
    expect(scanLog(`${clean}\n${line}`).map((f) => [f.what, f.line])).toContainEqual([what, 3]);
  });
});
