const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-28 14:05` in the browser's time zone; the raw text when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `2026-11-28` in the browser's time zone; the raw text when it is not a date. */
export function formatDate(iso: string): string {
  return formatDateTime(iso).slice(0, 10);
}
