import type { DomainEvent } from '@zhicheng/contracts';

/** The units an event concerns: its application's, or each application's of a publicity window. */
export function unitIdsOf(event: DomainEvent): string[] {
  if (event.type === 'publicity.window_recorded') {
    return [...new Set(event.data.applications.map((a) => a.unitId))];
  }
  return [event.data.unitId];
}

/**
 * The event data a subscriber may see: everything for the bureau; for a unit, a publicity window
 * lists only that unit's applications (a result publicity spans units, a unit sees its own people).
 */
export function dataForSubscriber(
  event: DomainEvent,
  subscriber: { ownerKind: 'unit' | 'bureau'; unitId: string | null },
): Record<string, unknown> {
  if (subscriber.ownerKind === 'unit' && event.type === 'publicity.window_recorded') {
    return {
      ...event.data,
      applications: event.data.applications.filter((a) => a.unitId === subscriber.unitId),
    };
  }
  return event.data;
}
