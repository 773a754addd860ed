import type { PublicPublicity } from '@zhicheng/contracts';
import { App, Button, Card, Empty, Modal, Spin, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/form-alert';
import { PagePreferences } from '../../../components/page-preferences';
import { usePublicPublicity } from '../api/get-public-publicity';
import { ObjectionForm } from '../components/objection-form';
import '../public-publicity.css';

type PublicWindow = PublicPublicity['items'][number];
type PublicApplication = PublicWindow['applications'][number];

interface Target {
  windowId: string;
  application: PublicApplication;
}

function WindowCard({ window, onObject }: { window: PublicWindow; onObject: (target: Target) => void }) {
  const { t } = useTranslation();
  const titleId = `publicity-${window.windowId}`;
  return (
    <Card>
      <section aria-labelledby={titleId}>
        <h2 id={titleId} className="publicity-window-title">
          {window.department}
        </h2>
        <p className="publicity-window-dates">
          {t('publicPublicity.period', { startsOn: window.startsOn, endsOn: window.endsOn })}
        </p>
        {window.note ? <p>{window.note}</p> : null}
        <Table<PublicApplication>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={window.applications}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'maskedName', dataIndex: 'maskedName', title: t('publicPublicity.maskedName') },
            { key: 'unit', dataIndex: 'unit', title: t('publicPublicity.unit') },
            { key: 'series', dataIndex: 'series', title: t('publicPublicity.series') },
            { key: 'qualification', dataIndex: 'qualification', title: t('publicPublicity.qualification') },
            { key: 'committee', dataIndex: 'committee', title: t('publicPublicity.committee') },
            {
              key: 'actions',
              title: t('publicPublicity.actions'),
              render: (_, application) => (
                <Button
                  onClick={() => onObject({ windowId: window.windowId, application })}
                  aria-label={t('publicPublicity.objectTo', { name: application.maskedName })}
                >
                  {t('publicPublicity.object')}
                </Button>
              ),
            },
          ]}
        />
      </section>
    </Card>
  );
}

/** 评审结果公示 (no login): the open windows, and an objection (异议) to any application in them. */
export function PublicPublicityPage() {
  const { t } = useTranslation();
  const publicity = usePublicPublicity();
  const [target, setTarget] = useState<Target | null>(null);
  const items = publicity.data?.items ?? [];
  return (
    <App component={false}>
      <div className="public-form-screen">
        <div className="login-language">
          <PagePreferences />
        </div>
        <main id="main-content" className="public-form-card publicity-page">
          <h1 className="public-form-title">{t('publicPublicity.title')}</h1>
          <p>{t('publicPublicity.intro')}</p>
          {publicity.isPending ? (
            <div role="status" className="publicity-loading">
              <Spin description={t('app.loading')} />
            </div>
          ) : publicity.isError ? (
            <FormAlert message={publicity.error.message} />
          ) : items.length === 0 ? (
            <Empty description={t('publicPublicity.empty')} />
          ) : (
            <div className="publicity-windows">
              {items.map((window) => (
                <WindowCard key={window.windowId} window={window} onObject={setTarget} />
              ))}
            </div>
          )}
          <p style={{ marginTop: 16 }}>
            <Link to="/login">{t('publicPublicity.backToLogin')}</Link>
          </p>
        </main>
      </div>
      <Modal
        open={target !== null}
        title={
          target
            ? t('publicPublicity.objectionFor', {
                name: target.application.maskedName,
                unit: target.application.unit,
              })
            : null
        }
        onCancel={() => setTarget(null)}
        footer={null}
        destroyOnHidden
      >
        {target ? (
          <ObjectionForm
            key={target.application.id}
            windowId={target.windowId}
            applicationId={target.application.id}
            onDone={() => setTarget(null)}
          />
        ) : null}
      </Modal>
    </App>
  );
}

export default PublicPublicityPage;
