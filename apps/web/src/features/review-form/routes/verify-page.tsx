import { chinaDate, type ReviewFormVerification, verificationCodeSchema } from '@zhicheng/contracts';
import { Button, Input, Spin } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormAlert } from '../../../components/form-alert';
import { PagePreferences } from '../../../components/page-preferences';
import { ApiError } from '../../../lib/api-error';
import { useVerification } from '../api/get-verification';
import '../verify.css';

const fields = [
  'code',
  'name',
  'unit',
  'series',
  'specialty',
  'level',
  'qualification',
  'committee',
  'status',
  'generatedAt',
  'formSha256',
  'snapshotSha256',
] as const;

/** The verified form's details as a plain two-column table (no antd Descriptions: see verify.css). */
function VerificationTable({ verification: v }: { verification: ReviewFormVerification }) {
  const { t } = useTranslation();
  const values: Record<(typeof fields)[number], ReactNode> = {
    code: v.verificationCode,
    name: v.maskedName,
    unit: v.unit,
    series: v.series,
    specialty: v.specialty,
    level: v.level,
    qualification: v.qualification,
    committee: v.committee,
    status: t(`applicationStatus.${v.status}` as 'applicationStatus.approved'),
    generatedAt: chinaDate(new Date(v.generatedAt)),
    formSha256: <code>{v.formSha256}</code>,
    snapshotSha256: <code>{v.snapshotSha256}</code>,
  };
  return (
    <table className="verify-table">
      <tbody>
        {fields.map((field) => (
          <tr key={field}>
            <th scope="row">{t(`verify.field.${field}`)}</th>
            <td>{values[field]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 评审表验证 (no login): what the final form with this code says, to compare with a printout. */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  const wellFormed = verificationCodeSchema.safeParse(code).success;
  const verification = useVerification(code);
  const notFound = verification.error instanceof ApiError && verification.error.status === 404;

  const check = () => {
    const next = typed.trim().toUpperCase();
    if (next) navigate(`/verify/${encodeURIComponent(next)}`);
  };

  return (
    <div className="public-form-screen">
      <div className="login-language">
        <PagePreferences />
      </div>
      <main id="main-content" className="public-form-card">
        <h1 className="public-form-title">{t('verify.title')}</h1>
        <p>{t('verify.intro')}</p>
        <div className="verify-code-form">
          <Input
            aria-label={t('verify.codeLabel')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onPressEnter={check}
            placeholder="XXXX-XXXX-XXXX-XXXX"
          />
          <Button type="primary" onClick={check}>
            {t('verify.check')}
          </Button>
        </div>
        {!wellFormed ? (
          <FormAlert type="warning" message={t('verify.malformed')} />
        ) : verification.isPending ? (
          <div role="status">
            <Spin description={t('app.loading')} />
          </div>
        ) : notFound ? (
          <>
            <FormAlert type="warning" message={t('verify.notFound')} />
            <p>{t('verify.notFoundHint')}</p>
          </>
        ) : verification.error ? (
          <FormAlert message={verification.error.message} />
        ) : verification.data ? (
          <>
            <FormAlert type="success" message={t('verify.found')} />
            <VerificationTable verification={verification.data} />
          </>
        ) : null}
        <p style={{ marginTop: 16 }}>
          <Link to="/login">{t('verify.backToLogin')}</Link>
        </p>
      </main>
    </div>
  );
}

export default VerifyPage;
