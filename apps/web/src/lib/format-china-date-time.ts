// Not in format-date-time.ts: the login page imports that module, and whatever it holds that a later
// page uses would ship in the login bundle.

let chinaTime: Intl.DateTimeFormat | undefined;

/**
 * `2026-11-28 10:05:03` in China time (UTC+8, Asia/Shanghai) whatever the browser's zone: for records
 * that must read the same to everyone (the audit trail). The raw text when it is not a date.
 */
export function formatChinaDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  chinaTime ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const part = Object.fromEntries(chinaTime.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}
