import '../review.css';
import { Alert, Card, Skeleton, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { FullPageSpinner } from '../../../components/full-page-spinner';
import { ApplicationTimeline } from '../../../shared/applications/application-timeline';
import { useApplication } from '../../../shared/applications/get-application';
import { latestWindow, usePublicity } from '../../../shared/applications/get-publicity';
import { ReviewFormButton } from '../../../shared/applications/review-form-button';
import { useMaterials } from '../../../shared/materials/get-materials';
import { useReviewSectionList } from '../api/get-review-sections';
import { DecisionPanel } from '../components/decision-panel';
import { ReviewHeader } from '../components/review-header';
import { ReviewMaterials } from '../components/review-materials';
import { ReviewSections } from '../components/review-sections';

/** The list a detail page was opened from (and goes back to after a decision). */
function queuePathOf(pathname: string): string {
  for (const path of ['/dept/publicity', '/dept/reviews', '/committee/results'])
    if (pathname.startsWith(`${path}/`)) return path;
  return '/unit/reviews';
}

/**
 * `/unit/reviews/:id`, `/dept/reviews/:id`, `/dept/publicity/:id` and `/committee/results/:id`: the
 * submission read-only, its history and the decision.
 */
export function ReviewDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { pathname } = useLocation();
  const queuePath = queuePathOf(pathname);
  const [search, setSearch] = useSearchParams();
  const onlyChanged = search.get('changed') === '1';
  const application = useApplication(id);
  const sections = useReviewSectionList(id);
  const materials = useMaterials(id);
  const publicity = usePublicity(id);

  if (application.error)
    return (
      <Space orientation="vertical">
        <Alert type="error" showIcon role="alert" title={application.error.message} />
        <Link to={queuePath}>{t('review.back')}</Link>
      </Space>
    );
  if (!application.data) return <FullPageSpinner label={t('app.loading')} />;

  const changedSections = (sections.data ?? []).filter((s) => s.changedSinceReturn === true).length;
  const changedMaterials = (materials.data?.categories ?? []).filter(
    (c) => c.changedSinceReturn === true,
  ).length;
  // Marks exist only after a return and resubmission (null otherwise).
  const afterReturn =
    (sections.data ?? []).some((s) => s.changedSinceReturn !== null) ||
    (materials.data?.categories ?? []).some((c) => c.changedSinceReturn !== null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <h2 className="card-heading">
            {t('review.heading', {
              name: application.data.applicant.name,
              qualification: application.data.names.qualification,
            })}
          </h2>
        }
        extra={
          <Space size="middle" wrap>
            <ReviewFormButton application={application.data} size="small" />
            <Link to={queuePath}>
              {queuePath === '/committee/results' ? t('review.backCommittee') : t('review.back')}
            </Link>
          </Space>
        }
      >
        <ReviewHeader
          application={application.data}
          // Unknown (—) while loading or when the windows could not be read.
          unitWindow={publicity.data ? latestWindow(publicity.data, 'unit') : undefined}
          resultWindow={publicity.data ? latestWindow(publicity.data, 'result') : undefined}
        />
      </Card>
      <div className="review-layout">
        <Space orientation="vertical" size="middle" style={{ width: '100%', minWidth: 0 }}>
          {afterReturn ? (
            <Alert
              type="info"
              showIcon
              title={t('review.changedSummary', { sections: changedSections, materials: changedMaterials })}
              action={
                <Space>
                  <label htmlFor="review-only-changed">{t('review.onlyChanged')}</label>
                  <Switch
                    id="review-only-changed"
                    checked={onlyChanged}
                    onChange={(checked) =>
                      setSearch(
                        (previous) => {
                          const next = new URLSearchParams(previous);
                          if (checked) next.set('changed', '1');
                          else next.delete('changed');
                          return next;
                        },
                        { replace: true },
                      )
                    }
                  />
                </Space>
              }
            />
          ) : null}
          <Card title={<h2 className="card-heading">{t('review.sectionsTitle')}</h2>}>
            {sections.error ? (
              <Alert type="error" showIcon role="alert" title={sections.error.message} />
            ) : sections.data ? (
              <ReviewSections
                applicationId={id}
                sections={sections.data}
                onlyChanged={onlyChanged && afterReturn}
              />
            ) : (
              <Skeleton active />
            )}
          </Card>
          <Card title={<h2 className="card-heading">{t('review.materialsTitle')}</h2>}>
            {materials.error ? (
              <Alert type="error" showIcon role="alert" title={materials.error.message} />
            ) : materials.data ? (
              <ReviewMaterials
                categories={materials.data.categories}
                onlyChanged={onlyChanged && afterReturn}
              />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Space>
        <aside className="review-side" aria-label={t('review.decisionTitle')}>
          <DecisionPanel application={application.data} queuePath={queuePath} />
          <Card title={<h2 className="card-heading">{t('review.timelineTitle')}</h2>} size="small">
            <ApplicationTimeline applicationId={id} label={t('review.timelineTitle')} />
          </Card>
        </aside>
      </div>
    </Space>
  );
}

export default ReviewDetailPage;
