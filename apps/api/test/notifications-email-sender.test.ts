import { once } from 'node:events';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { createSmtpEmailSender } from '../src/modules/notifications/email-sender.js';

// The e-mail channel (issue #15): SMTP when configured, the log otherwise.
const base = { DATA_DIR: '/tmp/zc-config-test', JWT_SECRET: 'x'.repeat(40) };

describe('e-mail configuration', () => {
  it('writes e-mails to the log unless SMTP_URL is set', () => {
    expect(loadConfig(base).email).toEqual({ provider: 'log' });
  });

  it('sends through SMTP_URL from MAIL_FROM, and wants both', () => {
    const url = 'smtps://mailer:secret@smtp.example.cn:465';
    expect(loadConfig({ ...base, SMTP_URL: url, MAIL_FROM: 'zhicheng@example.cn' }).email).toEqual({
      provider: 'smtp',
      url,
      from: 'zhicheng@example.cn',
    });
    expect(() => loadConfig({ ...base, SMTP_URL: url })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, SMTP_URL: url })).toThrow(/MAIL_FROM: required when SMTP_URL is set/);
    expect(() => loadConfig({ ...base, SMTP_URL: 'http://smtp.example.cn', MAIL_FROM: 'a@b.cn' })).toThrow(
      /SMTP_URL: must be an smtp/,
    );
  });
});

/** A minimal SMTP server (no TLS, no auth) that keeps each message's envelope and data. */
function startSmtpServer() {
  const received: { from: string; to: string[]; data: string }[] = [];
  const server = createServer((socket: Socket) => {
    let mail = { from: '', to: [] as string[], data: '' };
    let inData = false;
    let buffer = '';
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 test ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(mail);
            mail = { from: '', to: [], data: '' };
            reply('250 queued');
          } else mail.data += `${line}\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) reply('250 test');
        else if (/^MAIL FROM:/i.test(line)) {
          mail.from = line.slice(10).trim();
          reply('250 ok');
        } else if (/^RCPT TO:/i.test(line)) {
          mail.to.push(line.slice(8).trim());
          reply('250 ok');
        } else if (/^DATA/i.test(line)) {
          inData = true;
          reply('354 go ahead');
        } else if (/^QUIT/i.test(line)) {
          reply('221 bye');
          socket.end();
        } else reply('250 ok');
      }
    });
  });
  return { server, received };
}

/** The Subject header: RFC 2047 base64 words, folded over lines. */
function decodedSubject(data: string): string {
  const header = /^Subject: ((?:.*)(?:\n .*)*)/m.exec(data)?.[1] ?? '';
  return [...header.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/g)]
    .map((m) => Buffer.from(m[1] ?? '', 'base64').toString('utf8'))
    .join('');
}

/** The body after the blank line, in its transfer encoding (base64 or 8bit). */
function decodedBody(data: string): string {
  const [head = '', body = ''] = data.split('\n\n');
  const text = body.trim();
  return /Content-Transfer-Encoding: base64/i.test(head)
    ? Buffer.from(text, 'base64').toString('utf8')
    : text;
}

describe('the SMTP sender', () => {
  const smtp = startSmtpServer();
  let port = 0;
  beforeAll(async () => {
    smtp.server.listen(0, '127.0.0.1');
    await once(smtp.server, 'listening');
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(() => {
    smtp.server.close();
  });

  it('delivers a plain-text message from MAIL_FROM to the address, Chinese subject and body intact', async () => {
    const sender = createSmtpEmailSender({
      url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
      from: 'zhicheng@example.cn',
    });
    await sender.send({
      to: 'li@example.cn',
      subject: '【职称申报】申报被退回修改',
      text: '意见：学历证书不清晰。',
    });
    sender.close();
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message?.from).toContain('zhicheng@example.cn');
    expect(message?.to).toEqual(['<li@example.cn>']);
    expect(message?.data).toMatch(/^To: li@example\.cn$/m);
    expect(message?.data).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
    expect(decodedSubject(message?.data ?? '')).toBe('【职称申报】申报被退回修改');
    expect(decodedBody(message?.data ?? '')).toBe('意见：学历证书不清晰。');
  });

  it('fails when the server refuses, so the send job is retried', async () => {
    const refusing = createServer((socket) => socket.end('554 no service\r\n'));
    refusing.listen(0, '127.0.0.1');
    await once(refusing, 'listening');
    const sender = createSmtpEmailSender({
      url: `smtp://127.0.0.1:${(refusing.address() as AddressInfo).port}?ignoreTLS=true`,
      from: 'zhicheng@example.cn',
      timeoutMs: 2000,
    });
    await expect(sender.send({ to: 'li@example.cn', subject: 'x', text: 'y' })).rejects.toThrow();
    sender.close();
    refusing.close();
  });
});
