import type { Notification, Role } from '@zhicheng/contracts';
import { Alert, Button, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNotifications } from '../api/get-notifications';
import { useMarkRead } from '../api/mark-read';
import { NotificationItem } from './notification-item';
import './notifications.css';

interface NotificationListProps {
  userId: string;
  role: Role;
  onNavigate: () => void;
}

/** The messages of the open bell, newest first, with 加载更多 while there are older ones. */
export function NotificationList({ userId, role, onNavigate }: NotificationListProps) {
  const { t } = useTranslation();
  const list = useNotifications(userId, true);
  const markRead = useMarkRead(userId);

  if (list.isPending) return <Spin />;
  if (list.isError) return <Alert type="error" showIcon title={t('notifications.loadFailed')} />;
  const items = list.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <Empty description={t('notifications.empty')} />;

  const open = (n: Notification) => {
    if (n.readAt === null) markRead.mutate(n.id);
    onNavigate();
  };
  return (
    <>
      <ul className="notification-list" aria-label={t('notifications.title')}>
        {items.map((n) => (
          <NotificationItem
            key={n.id}
            notification={n}
            role={role}
            onMarkRead={(id) => markRead.mutate(id)}
            onOpen={open}
          />
        ))}
      </ul>
      {list.hasNextPage ? (
        <Button block loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('notifications.loadMore')}
        </Button>
      ) : null}
    </>
  );
}
