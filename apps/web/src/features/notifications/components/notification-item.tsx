import type { Notification, Role } from '@zhicheng/contracts';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format-date-time';
import { applicationLink } from './application-link';

interface NotificationItemProps {
  notification: Notification;
  role: Role;
  onMarkRead: (id: string) => void;
  /** Following the link marks the notification read and closes the list. */
  onOpen: (notification: Notification) => void;
}

/** One message: title (with 未读 while unread), body, time, 标为已读 and 查看申报. */
export function NotificationItem({ notification: n, role, onMarkRead, onOpen }: NotificationItemProps) {
  const { t } = useTranslation();
  const unread = n.readAt === null;
  const link = applicationLink(role, n.kind, n.applicationId);
  const titleId = `notification-${n.id}`;
  return (
    <li className={`notification-item${unread ? ' notification-item-unread' : ''}`} aria-labelledby={titleId}>
      <div className="notification-item-head">
        <Typography.Text strong={unread} id={titleId}>
          {n.title}
        </Typography.Text>
        {unread ? <span className="notification-unread-tag">{t('notifications.unread')}</span> : null}
      </div>
      <Typography.Paragraph className="notification-item-body">{n.body}</Typography.Paragraph>
      <div className="notification-item-foot">
        <Typography.Text type="secondary">
          <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
        </Typography.Text>
        <span>
          {link ? (
            <Link to={link} onClick={() => onOpen(n)}>
              {t('notifications.viewApplication')}
            </Link>
          ) : null}
          {unread ? (
            <Button type="link" size="small" onClick={() => onMarkRead(n.id)}>
              {t('notifications.markRead')}
            </Button>
          ) : null}
        </span>
      </div>
    </li>
  );
}
