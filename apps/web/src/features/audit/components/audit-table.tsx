import type { AuditEvent } from '@zhicheng/contracts';
import { Button, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatChinaDateTime } from '../../../lib/format-china-date-time';
import { auditActionLabel, auditRoleLabel, auditTargetLabel } from './audit-labels';

interface AuditTableProps {
  items: AuditEvent[];
  loading: boolean;
  filtered: boolean;
  onFilterActor: (actorId: string) => void;
}

/** The API key an integrator's request was made with (`details.apiKey`, see docs/api.md). */
function apiKeyName(details: AuditEvent['details']): string | null {
  const key = details?.apiKey;
  if (typeof key !== 'object' || key === null || !('name' in key)) return null;
  return typeof key.name === 'string' ? key.name : null;
}

const hasDetails = (e: AuditEvent) => e.details !== null && Object.keys(e.details).length > 0;

function Lines({ children }: { children: ReactNode }) {
  return <div className="audit-cell">{children}</div>;
}

/** The audit events, newest first; each event's details (JSON) open under its row. */
export function AuditTable({ items, loading, filtered, onFilterActor }: AuditTableProps) {
  const { t } = useTranslation();

  const columns: TableColumnsType<AuditEvent> = [
    {
      title: t('audit.time'),
      key: 'occurredAt',
      width: 170,
      render: (_, e) => <time dateTime={e.occurredAt}>{formatChinaDateTime(e.occurredAt)}</time>,
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 260,
      render: (_, e) => {
        const viaKey = apiKeyName(e.details);
        return (
          <Lines>
            <span>{e.actorRole ? auditRoleLabel(t, e.actorRole) : t('audit.noActor')}</span>
            {e.actorId ? (
              <span>
                <Typography.Text type="secondary" className="audit-id">
                  {e.actorId}
                </Typography.Text>{' '}
                <Button
                  type="link"
                  size="small"
                  className="audit-inline-link"
                  aria-label={t('audit.filterActorOf', { id: e.actorId })}
                  onClick={() => onFilterActor(e.actorId as string)}
                >
                  {t('audit.filterActor')}
                </Button>
              </span>
            ) : null}
            {viaKey ? <span>{t('audit.viaApiKey', { name: viaKey })}</span> : null}
          </Lines>
        );
      },
    },
    {
      title: t('audit.actionColumn'),
      key: 'action',
      width: 220,
      render: (_, e) => (
        <Lines>
          <span>{auditActionLabel(t, e.action)}</span>
          <Typography.Text type="secondary" className="audit-id">
            {e.action}
          </Typography.Text>
        </Lines>
      ),
    },
    {
      title: t('audit.target'),
      key: 'target',
      width: 220,
      render: (_, e) =>
        e.targetType || e.targetId ? (
          <Lines>
            {e.targetType ? <span>{auditTargetLabel(t, e.targetType)}</span> : null}
            {e.targetId ? (
              <Typography.Text type="secondary" className="audit-id">
                {e.targetId}
              </Typography.Text>
            ) : null}
          </Lines>
        ) : (
          t('audit.none')
        ),
    },
    {
      title: t('audit.request'),
      key: 'request',
      width: 220,
      render: (_, e) =>
        e.ip || e.requestId ? (
          <Lines>
            {e.ip ? <span>{t('audit.ip', { ip: e.ip })}</span> : null}
            {e.requestId ? (
              <Typography.Text type="secondary" className="audit-id">
                {t('audit.requestId', { id: e.requestId })}
              </Typography.Text>
            ) : null}
          </Lines>
        ) : (
          t('audit.none')
        ),
    },
    // The details expander, last.
    Table.EXPAND_COLUMN,
  ];

  return (
    <Table<AuditEvent>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      columns={columns}
      pagination={false}
      aria-label={t('nav.audit')}
      // An empty table scrolls nothing: a scroll container without a focusable row fails WCAG (axe).
      scroll={items.length > 0 ? { x: 1200 } : undefined}
      locale={{ emptyText: t(filtered ? 'audit.emptyFiltered' : 'audit.empty') }}
      expandable={{
        columnTitle: t('audit.details'),
        columnWidth: 96,
        rowExpandable: hasDetails,
        expandedRowRender: (e) => <pre className="audit-details">{JSON.stringify(e.details, null, 2)}</pre>,
        expandIcon: ({ expanded, expandable, record, onExpand }) =>
          expandable ? (
            <Button
              type="link"
              size="small"
              className="audit-inline-link"
              aria-expanded={expanded}
              aria-label={t(expanded ? 'audit.hideDetailsOf' : 'audit.showDetailsOf', {
                action: auditActionLabel(t, record.action),
                time: formatChinaDateTime(record.occurredAt),
              })}
              onClick={(event) => onExpand(record, event)}
            >
              {t(expanded ? 'audit.hideDetails' : 'audit.showDetails')}
            </Button>
          ) : (
            t('audit.none')
          ),
      }}
    />
  );
}
