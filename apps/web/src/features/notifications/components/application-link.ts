import type { NotificationKind, Role } from '@zhicheng/contracts';

/**
 * Where a notification about an application takes its reader: an applicant to what needs doing (the
 * sections after a return or before a deadline, otherwise the progress timeline), a reviewer to the
 * application in their queue. Null when the notification names no application.
 */
export function applicationLink(
  role: Role,
  kind: NotificationKind,
  applicationId: string | null,
): string | null {
  if (!applicationId) return null;
  switch (role) {
    case 'applicant': {
      const toDo = kind === 'application_returned' || kind === 'deadline_reminder';
      return `/applicant/applications/${applicationId}/${toDo ? 'sections' : 'timeline'}`;
    }
    case 'unit_admin':
    case 'unit_operator':
      return `/unit/reviews/${applicationId}`;
    case 'dept_reviewer':
      return `/dept/reviews/${applicationId}`;
    case 'committee_secretary':
      return `/committee/results/${applicationId}`;
    case 'bureau_admin':
      return null;
  }
}
