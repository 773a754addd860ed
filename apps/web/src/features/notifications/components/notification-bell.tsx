import { BellOutlined } from '@ant-design/icons';
import type { SessionUser } from '@zhicheng/contracts';
import { Badge, Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../api/get-unread-count';
import { useMarkAllRead } from '../api/mark-read';
import { NotificationList } from './notification-list';

/**
 * The header's bell: the unread count (asked every minute and when the window regains focus) and a
 * drawer with the messages, 全部已读 and a link to each message's application.
 */
export function NotificationBell({ user }: { user: Pick<SessionUser, 'id' | 'role'> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount(user.id).data?.unread ?? 0;
  const markAllRead = useMarkAllRead(user.id);

  return (
    <>
      <Badge count={unread} size="small" overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined aria-hidden />}
          aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('notifications.title')}
        size={400}
        destroyOnHidden
        extra={
          <Button
            size="small"
            disabled={unread === 0}
            loading={markAllRead.isPending}
            onClick={() => markAllRead.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      >
        <NotificationList userId={user.id} role={user.role} onNavigate={() => setOpen(false)} />
      </Drawer>
    </>
  );
}
