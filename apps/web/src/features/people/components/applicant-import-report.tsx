import { DownloadOutlined } from '@ant-design/icons';
import type { ApplicantImportReport as Report } from '@zhicheng/contracts';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface ApplicantImportReportProps {
  report: Report;
  onDownloadAccounts: () => void;
}

const gap = { marginBottom: 12 };
const pagination = { pageSize: 10, hideOnSinglePage: true, showSizeChanger: false } as const;

/** What an import did: the accounts created (with their initial passwords), the rows skipped and refused. */
export function ApplicantImportReport({ report, onDownloadAccounts }: ApplicantImportReportProps) {
  const { t } = useTranslation();
  const rowColumn = { title: t('applicantImport.col.row'), dataIndex: 'row', key: 'row', width: 72 };
  const summary = t('applicantImport.summary', {
    created: report.created,
    skipped: report.skipped,
    errors: report.errors.length,
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type={report.errors.length > 0 ? 'warning' : 'success'} showIcon title={summary} role="status" />

      {report.accounts.length > 0 ? (
        <section aria-labelledby="import-accounts">
          <Typography.Title level={5} id="import-accounts">
            {t('applicantImport.accountsTitle', { count: report.accounts.length })}
          </Typography.Title>
          <Alert type="warning" showIcon title={t('applicantImport.passwordsOnce')} style={gap} />
          <Button
            type="primary"
            icon={<DownloadOutlined aria-hidden />}
            onClick={onDownloadAccounts}
            style={gap}
          >
            {t('applicantImport.downloadAccounts')}
          </Button>
          <Table
            size="small"
            rowKey="row"
            pagination={pagination}
            dataSource={report.accounts}
            columns={[
              rowColumn,
              { title: t('applicantImport.col.name'), dataIndex: 'name', key: 'name' },
              { title: t('applicantImport.col.username'), dataIndex: 'username', key: 'username' },
              {
                title: t('applicantImport.col.initialPassword'),
                dataIndex: 'initialPassword',
                key: 'initialPassword',
                render: (value: string) => <code>{value}</code>,
              },
            ]}
          />
        </section>
      ) : null}

      {report.errors.length > 0 ? (
        <section aria-labelledby="import-errors">
          <Typography.Title level={5} id="import-errors">
            {t('applicantImport.errorsTitle', { count: report.errors.length })}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('applicantImport.errorsHint')}</Typography.Paragraph>
          <Table
            size="small"
            rowKey="row"
            pagination={pagination}
            dataSource={report.errors}
            columns={[
              rowColumn,
              { title: t('applicantImport.col.message'), dataIndex: 'message', key: 'message' },
            ]}
          />
        </section>
      ) : null}

      {report.skippedRows.length > 0 ? (
        <section aria-labelledby="import-skipped">
          <Typography.Title level={5} id="import-skipped">
            {t('applicantImport.skippedTitle', { count: report.skippedRows.length })}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('applicantImport.skippedHint')}</Typography.Paragraph>
          <Table
            size="small"
            rowKey="row"
            pagination={pagination}
            dataSource={report.skippedRows}
            columns={[
              rowColumn,
              { title: t('applicantImport.col.username'), dataIndex: 'username', key: 'username' },
            ]}
          />
        </section>
      ) : null}
    </Space>
  );
}
