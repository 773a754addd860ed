import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import {
  applicantImportLimits,
  applicantImportTemplateFileName,
  type ApplicantImportReport as Report,
  usernameRuleText,
} from '@zhicheng/contracts';
import { App, Button, Modal, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { isApiError } from '../../../lib/api-error';
import { saveBlob } from '../../../shared/applications/export-applications';
import { getImportTemplate, useImportApplicants } from '../api/import-applicants';
import { ApplicantImportReport } from './applicant-import-report';
import { importedAccountsCsv } from './import-accounts-csv';

interface ApplicantImportModalProps {
  open: boolean;
  onClose: () => void;
}

const maxMb = applicantImportLimits.maxBytes / (1024 * 1024);

/** 批量导入申报人员: the template, one CSV file, then the report of every row. */
export function ApplicantImportModal({ open, onClose }: ApplicantImportModalProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const importing = useImportApplicants();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [downloaded, setDownloaded] = useState(false);
  const [templateError, setTemplateError] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setFileError(null);
    setReport(null);
    setDownloaded(false);
    setTemplateError(null);
    importing.reset();
  };
  const close = () => {
    reset();
    onClose();
  };
  const requestClose = () => {
    if (importing.isPending) return;
    if (!report || report.accounts.length === 0 || downloaded) return close();
    modal.confirm({
      title: t('applicantImport.closeConfirmTitle'),
      content: t('applicantImport.closeConfirmContent'),
      okText: t('applicantImport.closeConfirmOk'),
      cancelText: t('people.cancel'),
      onOk: close,
    });
  };

  const choose = (chosen: File) => {
    setFile(null);
    importing.reset();
    if (!/\.csv$/i.test(chosen.name)) setFileError(t('applicantImport.notCsv'));
    else if (chosen.size > applicantImportLimits.maxBytes)
      setFileError(t('applicantImport.tooLarge', { maxMb }));
    else {
      setFileError(null);
      setFile(chosen);
    }
    return false;
  };

  const downloadTemplate = async () => {
    setTemplateError(null);
    try {
      saveBlob(await getImportTemplate(), applicantImportTemplateFileName);
    } catch (error) {
      setTemplateError(isApiError(error) ? error.displayMessage : t('applicantImport.templateFailed'));
    }
  };

  const upload = () => {
    if (!file) return;
    importing.mutate(file, { onSuccess: setReport });
  };

  const downloadAccounts = () => {
    if (!report) return;
    const header = {
      row: t('applicantImport.col.row'),
      name: t('applicantImport.col.name'),
      username: t('applicantImport.col.username'),
      initialPassword: t('applicantImport.col.initialPassword'),
    };
    saveBlob(importedAccountsCsv(report.accounts, header), t('applicantImport.accountsFileName'));
    setDownloaded(true);
  };

  const uploadError = importing.error
    ? isApiError(importing.error)
      ? importing.error.displayMessage
      : t('applicantImport.failed')
    : null;

  const footer = report ? (
    <Space>
      <Button onClick={reset}>{t('applicantImport.importAnother')}</Button>
      <Button type="primary" onClick={requestClose}>
        {t('applicantImport.close')}
      </Button>
    </Space>
  ) : (
    <Space>
      <Button onClick={requestClose} disabled={importing.isPending}>
        {t('people.cancel')}
      </Button>
      <Button type="primary" onClick={upload} disabled={!file} loading={importing.isPending}>
        {t('applicantImport.upload')}
      </Button>
    </Space>
  );

  return (
    <Modal
      open={open}
      title={t('applicantImport.title')}
      width={760}
      onCancel={requestClose}
      closable={!importing.isPending}
      mask={{ closable: false }}
      destroyOnHidden
      footer={footer}
    >
      {report ? (
        <ApplicantImportReport report={report} onDownloadAccounts={downloadAccounts} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph>
            {t('applicantImport.step1', { rule: usernameRuleText })}
          </Typography.Paragraph>
          <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void downloadTemplate()}>
            {t('applicantImport.downloadTemplate')}
          </Button>
          <FormAlert message={templateError} />
          <Typography.Paragraph type="secondary">{t('applicantImport.excelHint')}</Typography.Paragraph>
          <Typography.Paragraph>
            {t('applicantImport.step2', { maxMb, maxRows: applicantImportLimits.maxRows })}
          </Typography.Paragraph>
          {/* No `accept`: a file of another kind gets told why it is refused instead of being hidden. */}
          <Upload showUploadList={false} maxCount={1} beforeUpload={choose}>
            <Button icon={<UploadOutlined aria-hidden />} disabled={importing.isPending}>
              {t('applicantImport.chooseFile')}
            </Button>
          </Upload>
          {file ? (
            <Typography.Paragraph data-testid="import-file-name">
              {t('applicantImport.chosen', { name: file.name })}
            </Typography.Paragraph>
          ) : null}
          <FormAlert message={fileError ?? uploadError} />
        </Space>
      )}
    </Modal>
  );
}
