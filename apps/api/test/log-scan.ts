/**
 * What must never appear in a log line (docs/spec/quality.md, Security: logs never contain passwords,
 * tokens, SMS codes or ID numbers). Each pattern names what it found so a failing run says what leaked.
 */
export const forbiddenInLogs: readonly { name: string; pattern: RegExp }[] = [
  { name: 'ID number', pattern: /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/ },
  { name: 'password hash', pattern: /\$argon2/ },
  { name: 'JWT', pattern: /eyJ[\w-]+\.[\w-]+\.[\w-]+/ },
  { name: 'bearer credential', pattern: /Bearer\s+[\w.~+/-]{16,}/i },
  { name: 'refresh cookie', pattern: /zc_refresh=[^;"\s]{16,}/ },
  // refresh tokens are 32 random bytes in base64url: 43 characters standing alone
  { name: 'refresh token', pattern: /(?<![\w-])[A-Za-z0-9_-]{43}(?![\w-])/ },
  { name: 'API key', pattern: /zck_[0-9A-Za-z]{20,}/ },
  { name: 'webhook secret', pattern: /whsec_[\w-]{16,}/ },
  { name: 'SMS code', pattern: /验证码\D{0,6}\d{6}/ },
];

export interface LogFinding {
  line: number;
  what: string;
  text: string;
}

/** The lines of a log that carry something from `forbiddenInLogs`. */
export function scanLog(text: string): LogFinding[] {
  const findings: LogFinding[] = [];
  text.split('\n').forEach((line, index) => {
    for (const { name, pattern } of forbiddenInLogs) {
      if (pattern.test(line)) findings.push({ line: index + 1, what: name, text: line.slice(0, 400) });
    }
  });
  return findings;
}
