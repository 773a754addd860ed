import '../sections.css';
import { findSection } from '@zhicheng/contracts';
import { Alert, Result, Space, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FullPageSpinner } from '../../../components/full-page-spinner';
import { useApplication } from '../../../shared/applications/get-application';
import { WizardFrame } from '../../../shared/applications/wizard-frame';
import { useSection } from '../api/get-section';
import { useSections } from '../api/get-sections';
import { ReadOnlySection } from '../components/read-only-section';
import { SectionEditor } from '../components/section-editor';
import { SectionNav } from '../components/section-nav';
import { SectionStatusTag } from '../components/section-status-tag';

/** `/applicant/applications/:id/sections/:key`: one section with the navigation between all 23. */
export function SectionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '', key = '' } = useParams();
  const definition = findSection(key);
  const application = useApplication(id);
  const sections = useSections(id);
  const section = useSection(id, definition ? key : '');
  const listPath = `/applicant/applications/${id}/sections`;

  const error = application.error ?? sections.error;
  if (error) return <Alert type="error" showIcon role="alert" title={error.message} />;
  if (!application.data || !sections.data) return <FullPageSpinner label={t('app.loading')} />;

  const summary = sections.data.find((s) => s.key === key);
  const index = sections.data.findIndex((s) => s.key === key);
  const next = sections.data[index + 1];

  let body: ReactNode;
  if (!definition || !summary) {
    body = (
      <Result
        status="404"
        title={t('sections.notFound')}
        extra={<Link to={listPath}>{t('sections.backToList')}</Link>}
      />
    );
  } else if (!summary.available) {
    body = <Alert type="info" showIcon title={t('sections.notAvailable')} />;
  } else if (section.error) {
    body = <Alert type="error" showIcon role="alert" title={t('sections.sectionFailed')} />;
  } else if (!section.data || !section.isFetchedAfterMount) {
    // Always edit what the server holds now (another tab may have saved since this was cached).
    body = <Spin />;
  } else if (!section.data.editable) {
    body = (
      <>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('sections.readOnly', { status: t(`applicationStatus.${application.data.status}`) })}
        />
        <ReadOnlySection section={definition} data={section.data.data} />
      </>
    );
  } else {
    body = (
      <SectionEditor
        // A fresh editor per section: its form, version and timers belong to that section only.
        key={key}
        applicationId={id}
        section={definition}
        initial={section.data}
        hasNext={Boolean(next?.available)}
        onNext={() => navigate(next?.available ? `${listPath}/${next.key}` : listPath)}
      />
    );
  }

  return (
    <WizardFrame track={application.data.track} current={1}>
      <div className="section-layout">
        <Space orientation="vertical" size="middle">
          <Link to={listPath}>{t('sections.backToList')}</Link>
          <SectionNav applicationId={id} sections={sections.data} current={key} />
        </Space>
        <div>
          <div className="section-heading">
            <h2>{summary ? `${summary.no}. ${summary.title}` : key}</h2>
            {summary ? (
              <SectionStatusTag status={summary.status} requiredForSubmit={summary.requiredForSubmit} />
            ) : null}
          </div>
          {body}
        </div>
      </div>
    </WizardFrame>
  );
}

export default SectionPage;
