import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditEvents } from '../api/list-audit-events';
import { AuditFilterBar } from '../components/audit-filter-bar';
import { AuditTable } from '../components/audit-table';
import { useAuditParams } from '../components/use-audit-params';
import '../audit.css';

/** 审计日志 (bureau): every recorded action, newest first, filtered by action and actor, page by page. */
export function AuditPage() {
  const { t } = useTranslation();
  const view = useAuditParams();
  // Keyset pagination: the cursors of the pages visited, for 上一页; new filters start over.
  const [visited, setVisited] = useState<{ key: string; cursors: (string | null)[] }>({
    key: view.viewKey,
    cursors: [null],
  });
  const cursors = visited.key === view.viewKey ? visited.cursors : [null];
  const cursor = cursors.at(-1) ?? null;
  const events = useAuditEvents(view.filters, cursor);
  const page = events.data;
  const nextCursor = events.isPlaceholderData ? null : (page?.nextCursor ?? null);

  return (
    <Card>
      <Typography.Paragraph>{t('audit.intro')}</Typography.Paragraph>
      <div className="list-toolbar">
        <AuditFilterBar view={view} />
      </div>
      {events.isError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('audit.loadFailed')}
          description={events.error.message}
          action={
            <Button loading={events.isFetching} onClick={() => void events.refetch()}>
              {t('audit.retry')}
            </Button>
          }
        />
      ) : (
        <AuditTable
          items={page?.items ?? []}
          loading={events.isFetching}
          filtered={view.hasFilters}
          onFilterActor={(actorId) => view.setFilters({ actorId })}
        />
      )}
      <div className="audit-pager">
        <output aria-live="polite">
          {page && !events.isError ? t('audit.pageOf', { page: cursors.length, total: page.total }) : null}
        </output>
        <Space>
          <Button
            disabled={cursors.length <= 1}
            onClick={() => setVisited({ key: view.viewKey, cursors: cursors.slice(0, -1) })}
          >
            {t('audit.previous')}
          </Button>
          <Button
            disabled={!nextCursor || events.isError}
            onClick={() => nextCursor && setVisited({ key: view.viewKey, cursors: [...cursors, nextCursor] })}
          >
            {t('audit.next')}
          </Button>
        </Space>
      </div>
    </Card>
  );
}

export default AuditPage;
