import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../lib/clock.js';
import { createHttpSmsSender, createLogSmsSender } from './sms-sender.js';

const received: { headers: IncomingMessage['headers']; body: unknown }[] = [];
let status = 200;
const server = createServer((req, res) => {
  let data = '';
  req.on('data', (chunk) => {
    data += chunk;
  });
  req.on('end', () => {
    received.push({ headers: req.headers, body: JSON.parse(data) });
    res.statusCode = status;
    res.end();
  });
});
let url = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
});
afterAll(() => {
  server.close();
});

describe('HTTP SMS sender', () => {
  it('posts the mobile and text as JSON with the bearer token', async () => {
    await createHttpSmsSender({ url, token: 'secret-token' }).send('13800138000', '验证码 123456');
    expect(received.at(-1)).toMatchObject({
      headers: { authorization: 'Bearer secret-token', 'content-type': 'application/json' },
      body: { mobile: '13800138000', text: '验证码 123456' },
    });
  });

  it('fails when the provider does not answer 2xx', async () => {
    status = 500;
    await expect(createHttpSmsSender({ url, token: undefined }).send('13800138000', 'x')).rejects.toThrow(
      /500/,
    );
    status = 200;
  });
});

describe('log SMS sender', () => {
  it('writes one log line per message with mobile and text, and keeps an outbox', async () => {
    const lines: unknown[] = [];
    const logger = { info: (obj: unknown) => lines.push(obj) } as never;
    const sender = createLogSmsSender(() => logger, { keep: 2 });
    for (const n of [1, 2, 3]) await sender.send('13800138000', `text ${n}`);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ sms: { mobile: '13800138000', text: 'text 1' } });
    expect(sender.outbox.map((m) => m.text)).toEqual(['text 2', 'text 3']);
  });

  it('stamps the outbox with the injected clock', async () => {
    const clock = createManualClock(new Date('2030-01-02T03:04:05Z'));
    const sender = createLogSmsSender(() => ({ info: () => {} }) as never, { clock });
    await sender.send('13800138000', 'text');
    expect(sender.outbox[0]?.at).toEqual(new Date('2030-01-02T03:04:05Z'));
  });

  it('in production withholds the text (the code) and keeps no outbox', async () => {
    const lines: string[] = [];
    const logger = { warn: (obj: unknown, msg: string) => lines.push(JSON.stringify(obj) + msg) } as never;
    const sender = createLogSmsSender(() => logger, { production: true });
    await sender.send('13800138000', '【职称申报】验证码 123456');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('13800138000');
    expect(lines[0]).not.toContain('123456');
    expect(sender.outbox).toHaveLength(0);
  });
});
