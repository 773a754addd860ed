import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Drawer, Input, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ReadableTag } from '../../../components/readable-tag';
import { TemporaryPasswordModal } from '../../../components/temporary-password-modal';
import { formatDate } from '../../../lib/format-date-time';
import { type ReviewerRow, useReviewers } from '../api/list-reviewers';
import { ReviewerCreateForm } from '../components/reviewer-create-form';
import { ReviewerEditModal } from '../components/reviewer-edit-modal';
import { useReviewerActions } from '../components/use-reviewer-actions';

const pageSize = 20;
const roles = ['dept_reviewer', 'committee_secretary'] as const;
type ReviewerRole = (typeof roles)[number];

function isRole(value: string | null): value is ReviewerRole {
  return value !== null && (roles as readonly string[]).includes(value);
}

/** 审核人员账号 (bureau): department reviewers and committee secretaries; 新增, 修改, 停用/启用, 重置密码. */
export function ReviewersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const roleParam = params.get('role');
  const role = isRole(roleParam) ? roleParam : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useReviewers({ q, role, page, pageSize });
  const actions = useReviewerActions();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = list.data?.items.find((row) => row.id === editingId) ?? null;

  const update = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (!value) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  const columns: TableColumnsType<ReviewerRow> = [
    { title: t('people.name'), dataIndex: 'name', key: 'name' },
    { title: t('people.username'), dataIndex: 'username', key: 'username' },
    { title: t('reviewers.role'), key: 'role', render: (_, row) => t(`reviewers.roles.${row.role}`) },
    {
      title: t('reviewers.organisation'),
      key: 'organisation',
      render: (_, row) => row.department?.name ?? row.committee?.name ?? '—',
    },
    {
      title: t('people.mobile'),
      dataIndex: 'mobile',
      key: 'mobile',
      render: (value: string | null) => value ?? '—',
    },
    {
      title: t('people.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (v: string) => formatDate(v),
    },
    {
      title: t('people.status'),
      key: 'status',
      render: (_, row) => (
        <>
          {row.status === 'active' ? (
            <ReadableTag color="green" className="account-tag-active">
              {t('people.statusActive')}
            </ReadableTag>
          ) : (
            <Tag>{t('people.statusDisabled')}</Tag>
          )}
          {row.mustChangePassword && row.status === 'active' ? (
            <ReadableTag color="orange" className="account-tag-pending">
              {t('people.mustChangePassword')}
            </ReadableTag>
          ) : null}
        </>
      ),
    },
    {
      title: t('people.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setEditingId(row.id)}>
            {t('people.editAction')}
          </Button>
          <Button type="link" size="small" onClick={() => actions.confirmReset(row)}>
            {t('people.resetAction')}
          </Button>
          {row.status === 'active' ? (
            <Button type="link" size="small" onClick={() => actions.confirmDisable(row)}>
              {t('people.disableAction')}
            </Button>
          ) : (
            <Button type="link" size="small" onClick={() => actions.enable(row)}>
              {t('people.enableAction')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card>
      <div className="list-toolbar">
        <div className="list-toolbar-filters">
          <Select
            aria-label={t('reviewers.role')}
            value={role ?? ''}
            onChange={(value: string) => update({ role: value || null, page: null })}
            options={[
              { value: '', label: t('reviewers.allRoles') },
              ...roles.map((value) => ({ value, label: t(`reviewers.roles.${value}`) })),
            ]}
            style={{ width: 200 }}
          />
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            aria-label={t('people.searchLabel')}
            placeholder={t('reviewers.searchPlaceholder')}
            onSearch={(value) => update({ q: value.trim() || null, page: null })}
            enterButton={t('people.searchLabel')}
            style={{ width: 320 }}
            maxLength={50}
          />
        </div>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('reviewers.add')}
        </Button>
      </div>
      <Table<ReviewerRow>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: t(q || role ? 'reviewers.emptySearch' : 'reviewers.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (count) => t('people.total', { count }),
          onChange: (next) => update({ page: next > 1 ? String(next) : null }),
        }}
      />
      <Drawer
        open={creating}
        onClose={() => setCreating(false)}
        title={t('reviewers.add')}
        size={480}
        extra={<Button onClick={() => setCreating(false)}>{t('people.cancel')}</Button>}
        destroyOnHidden
      >
        <ReviewerCreateForm
          onCreated={(reviewer) => {
            setCreating(false);
            void message.success(t('people.created', { name: reviewer.name }));
          }}
        />
      </Drawer>
      <ReviewerEditModal
        reviewer={editing}
        onClose={() => setEditingId(null)}
        onSaved={() => {
          setEditingId(null);
          void message.success(t('people.saved'));
        }}
      />
      <TemporaryPasswordModal shown={actions.temporary} onClose={actions.closeTemporary} />
    </Card>
  );
}

export default ReviewersPage;
