import { describe, expect, it } from 'vitest';
import { createLogEmailSender } from '../src/modules/notifications/email-sender.js';

const message = {
  to: 'wang@example.com',
  subject: '职称申报通知',
  text: '您的验证码为 123456，申报人身份证号 44030519850312001X',
};

function capture() {
  const lines: string[] = [];
  const write = (obj: unknown, msg: string) => lines.push(JSON.stringify(obj) + msg);
  return { lines, logger: { info: write, warn: write } as never };
}

describe('log e-mail sender', () => {
  it('in development logs the whole message, so a developer can read it', async () => {
    const { lines, logger } = capture();
    await createLogEmailSender(() => logger).send(message);
    expect(lines[0]).toContain('123456');
  });

  it('in production logs the addressee and subject only, never the text', async () => {
    const { lines, logger } = capture();
    const sender = createLogEmailSender(() => logger, { production: true });
    await sender.send(message);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('wang@example.com');
    expect(lines[0]).not.toContain('123456');
    expect(lines[0]).not.toContain('44030519850312001X');
    expect(sender.outbox).toHaveLength(0);
  });
});
