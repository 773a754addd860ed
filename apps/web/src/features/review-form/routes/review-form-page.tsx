import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormAlert } from '../../../components/form-alert';
import { FullPageSpinner } from '../../../components/full-page-spinner';
import { apiBlob } from '../../../lib/api-files';

/**
 * The tab 预览评审表 / 打印评审表 open: a spinner while the server renders the form, then the PDF itself
 * (the browser's viewer, with its print button). The PDF is fetched with the session's token and shown
 * by navigating this tab to it — a top-level document, which the CSP's frame rules do not govern.
 */
export function ReviewFormPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    apiBlob(`/applications/${encodeURIComponent(id)}/review-form.pdf`)
      .then((pdf) => {
        if (!cancelled) window.location.replace(URL.createObjectURL(pdf));
      })
      .catch((failure: unknown) => {
        if (!cancelled) setError(failure instanceof Error ? failure.message : t('errors.unknown'));
      });
    return () => {
      cancelled = true;
    };
  }, [id, t]);

  if (error) {
    return (
      <main id="main-content" className="public-form-card">
        <h1 className="public-form-title">{t('reviewForm.failed')}</h1>
        <FormAlert type="warning" message={error} />
      </main>
    );
  }
  return <FullPageSpinner label={t('reviewForm.rendering')} />;
}

export default ReviewFormPage;
