import type { BatchTransitionResult } from '@zhicheng/contracts';
import { Modal, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReadableTag } from '../../components/readable-tag';

type ResultRow = BatchTransitionResult['results'][number];

interface BatchResultModalProps {
  /** The modal's title (e.g. 批量审核通过结果). */
  title: string;
  result: BatchTransitionResult;
  /** Applicant names by application id. */
  names: Record<string, string>;
  onClose: () => void;
}

/**
 * Which applications went through a batch action (the queues' batch decisions, 评审结果录入, 公示管理),
 * and why the others did not.
 */
export function BatchResultModal({ title, result, names, onClose }: BatchResultModalProps) {
  const { t } = useTranslation();
  const succeeded = result.results.filter((r) => r.ok).length;
  const failed = result.results.length - succeeded;
  return (
    <Modal
      open
      title={title}
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
        aria-label={title}
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
                <ReadableTag color="green">{t('reviewQueue.resultOk')}</ReadableTag>
              ) : (
                <ReadableTag color="red">{t('reviewQueue.resultFailed')}</ReadableTag>
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
