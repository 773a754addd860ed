import type { ApplicationListItem, BatchTransitionResult } from '@zhicheng/contracts';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BatchResultModal } from '../../../shared/applications/batch-result-modal';
import { useBatchTransition } from '../api/batch-transition';
import { OpinionDialog } from './opinion-dialog';
import { PublicityDialog } from './publicity-dialog';
import { type BatchAction, batchActions, type QueueKind } from './queue-kind';

interface BatchBarProps {
  kind: QueueKind;
  selected: ApplicationListItem[];
  onDone: () => void;
  onClear: () => void;
}

/**
 * What can be done with the selected applications: each action is offered when at least one selected
 * row allows it, and is sent for exactly those rows; the unit's 单位公示 for those in 单位审核中.
 */
export function BatchBar({ kind, selected, onDone, onClear }: BatchBarProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const batch = useBatchTransition();
  const [dialog, setDialog] = useState<BatchAction | 'publicity' | null>(null);
  const [result, setResult] = useState<{ action: BatchAction; result: BatchTransitionResult } | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const eligible = (action: BatchAction) => selected.filter((row) => row.allowedActions.includes(action));
  const publicityRows = kind === 'unit' ? selected.filter((row) => row.status === 'unit_review') : [];
  const dialogRows =
    dialog === 'publicity' ? publicityRows : dialog ? eligible(dialog) : ([] as ApplicationListItem[]);

  const close = () => {
    setDialog(null);
    setError(null);
  };

  const run = async (action: BatchAction, opinion: string | undefined) => {
    const rows = eligible(action);
    const applicationIds = rows.map((row) => row.id);
    setError(null);
    try {
      const answer = await batch.mutateAsync(
        action === 'start_review'
          ? { action, applicationIds }
          : action === 'approve'
            ? { action, applicationIds, ...(opinion ? { opinion } : {}) }
            : { action, applicationIds, opinion: opinion ?? '' },
      );
      setNames(Object.fromEntries(rows.map((row) => [row.id, row.applicant.name])));
      setResult({ action, result: answer });
      setDialog(null);
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t('errors.unknown'));
    }
  };

  return (
    <>
      {selected.length > 0 ? (
        <div className="queue-batch-bar" role="toolbar" aria-label={t('reviewQueue.batchLabel')}>
          <Typography.Text>{t('reviewQueue.selected', { count: selected.length })}</Typography.Text>
          <Space wrap>
            {batchActions.map((action) => {
              const count = eligible(action).length;
              if (count === 0) return null;
              return (
                <Button
                  key={action}
                  type={action === 'approve' ? 'primary' : 'default'}
                  danger={action === 'return'}
                  onClick={() => setDialog(action)}
                >
                  {t('reviewQueue.batchButton', { action: t(`applicationAction.${action}`), count })}
                </Button>
              );
            })}
            {publicityRows.length > 0 ? (
              <Button onClick={() => setDialog('publicity')}>
                {t('reviewQueue.publicityButton', { count: publicityRows.length })}
              </Button>
            ) : null}
            <Button type="link" onClick={onClear}>
              {t('reviewQueue.clearSelection')}
            </Button>
          </Space>
        </div>
      ) : null}
      {dialog && dialog !== 'publicity' ? (
        <OpinionDialog
          action={dialog}
          applicationIds={dialogRows.map((row) => row.id)}
          names={dialogRows.map((row) => row.applicant.name)}
          submitting={batch.isPending}
          error={error}
          onSubmit={(opinion) => void run(dialog, opinion)}
          onClose={close}
        />
      ) : null}
      {dialog === 'publicity' ? (
        <PublicityDialog
          applicationIds={dialogRows.map((row) => row.id)}
          names={dialogRows.map((row) => row.applicant.name)}
          onDone={(workingDays) => {
            void message.success(
              t('reviewQueue.publicitySaved', { count: dialogRows.length, days: workingDays }),
            );
            close();
            onDone();
          }}
          onClose={close}
        />
      ) : null}
      {result ? (
        <BatchResultModal
          title={t('reviewQueue.resultTitle', { action: t(`applicationAction.${result.action}`) })}
          result={result.result}
          names={names}
          onClose={() => setResult(null)}
        />
      ) : null}
    </>
  );
}
