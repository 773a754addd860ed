import type { TFunction } from 'i18next';

/** An event type's Chinese name (`application.status_changed` → 申报状态变化); unknown types as sent. */
export function eventTypeLabel(t: TFunction, type: string): string {
  return t(`webhooks.eventTypes.${type.replaceAll('.', '_')}`, { defaultValue: type });
}
