import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TemporaryPasswordModal } from '../../../components/temporary-password-modal';
import { usePeopleList } from '../api/list-people';
import type { PeopleKind } from '../api/people-kind';
import { ApplicantImportModal } from './applicant-import-modal';
import { PeopleTable } from './people-table';
import { type DrawerState, PersonDrawer } from './person-drawer';
import { useListSearch } from './use-list-search';
import { usePersonActions } from './use-person-actions';

const pageSize = 20;

/** 申报人员 / 经办人: search, the table with row actions, 新增 and 修改 in a drawer. */
export function PeoplePage({ kind }: { kind: PeopleKind }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { q, page, setQuery, setPage } = useListSearch();
  const list = usePeopleList(kind, { q, page, pageSize });
  const actions = usePersonActions(kind);
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const [importing, setImporting] = useState(false);

  return (
    <Card>
      <div className="list-toolbar">
        <div className="list-toolbar-filters">
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            aria-label={t('people.searchLabel')}
            placeholder={t('people.searchPlaceholder')}
            onSearch={setQuery}
            enterButton={t('people.searchLabel')}
            style={{ width: 340 }}
            maxLength={50}
          />
        </div>
        <Space>
          {kind === 'applicants' ? (
            <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
              {t('applicantImport.button')}
            </Button>
          ) : null}
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setDrawer({ mode: 'create' })}
          >
            {t(`people.${kind}.add`)}
          </Button>
        </Space>
      </div>
      <PeopleTable
        kind={kind}
        data={list.data}
        loading={list.isFetching}
        page={page}
        pageSize={pageSize}
        searching={q !== ''}
        onPage={setPage}
        onEdit={(row) => setDrawer({ mode: 'edit', id: row.id })}
        onReset={actions.confirmReset}
        onDelete={actions.confirmDelete}
        onDisable={actions.confirmDisable}
        onEnable={actions.enable}
      />
      <PersonDrawer
        kind={kind}
        state={drawer}
        onClose={() => setDrawer(null)}
        onDone={(person, mode) => {
          setDrawer(null);
          void message.success(
            mode === 'create' ? t('people.created', { name: person.name }) : t('people.saved'),
          );
        }}
      />
      <TemporaryPasswordModal shown={actions.temporary} onClose={actions.closeTemporary} />
      {kind === 'applicants' ? (
        <ApplicantImportModal open={importing} onClose={() => setImporting(false)} />
      ) : null}
    </Card>
  );
}
