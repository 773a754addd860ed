import type { BatchTransitionResult } from '@zhicheng/contracts';
import { Modal, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BatchAction } from './queue-kind';

type ResultRow = BatchTransitionResult['results'][number];

interface BatchResultModalProps {
  action: BatchAction;
  result: BatchTransitionResult;
  /** Applicant names by application id. */
  names: Record<string, string>;
  onClose: () => void;
}

/** Which applications went through a batch action, and why the others did not. */
export function BatchResultModal({ action, result, names, onClose }: BatchResultModalProps) {
  const { t } = useTranslation();
  const succeeded = result.results.filter((r) => r.ok).length;
  const failed = result.results.length - succeeded;
  return (
    <Modal
      open
      title={t('reviewQueue.resultTitle', { action: t(`applicationAction.${action}`) })}
      onCancel={onClose}
      onOk={onClose}
      okText={t('reviewQueue.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={640}
    >
      <p role="status">{t('reviewQueue.resultSummary', { succeeded, failed })}</p>
      <Table<ResultRow>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={result.results}
        aria-label={t('reviewQueue.resultTitle', { action: t(`applicationAction.${action}`) })}
        columns={[
          {
            title: t('reviewQueue.applicant'),
            key: 'name',
            render: (_, r) => names[r.id] ?? r.id,
          },
          {
            title: t('reviewQueue.resultColumn'),
            key: 'ok',
            width: 100,
            render: (_, r) =>
              r.ok ? (
                <Tag color="green" style={{ color: '#135200' }}>
                  {t('reviewQueue.resultOk')}
                </Tag>
              ) : (
                <Tag color="red" style={{ color: '#a8071a' }}>
                  {t('reviewQueue.resultFailed')}
                </Tag>
              ),
          },
          {
            title: t('reviewQueue.resultDetail'),
            key: 'detail',
            render: (_, r) =>
              r.ok
                ? r.status
                  ? t('reviewQueue.resultNowIn', { status: t(`applicationStatus.${r.status}`) })
                  : ''
                : (r.message ?? r.code ?? ''),
          },
        ]}
      />
    </Modal>
  );
}
