import { useQueryClient } from '@tanstack/react-query';
import type { Application, ApplicationAction, TransitionRequest } from '@zhicheng/contracts';
import { Alert, App, Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { invalidateApplication } from '../../../shared/applications/application-keys';
import { useTransitionApplication } from '../../../shared/applications/transition-application';
import { useCommitteeExpertCount } from '../../../shared/catalog/get-committee-experts';
import { DecisionDialog, type DialogAction, type DialogRequest } from './decision-dialog';
import { type VotesAction, VotesDialog, type VotesRequest } from './votes-dialog';

/** The reviewer's decisions, in the order the panel shows them. */
const reviewActions = [
  'start_review',
  'approve',
  'return',
  'reject',
  'committee_pass',
  'committee_fail',
  'publicity_pass',
  'publicity_fail',
] as const satisfies readonly ApplicationAction[];

/** Someone else decided first (or the status moved on): the page shows the application as it is now. */
const conflictCodes = new Set(['conflict', 'invalid_transition', 'version_conflict']);

interface DecisionPanelProps {
  application: Application;
  /** The queue to go back to after a decision. */
  queuePath: string;
}

/** 审核办理 for the caller's stage: only the actions `allowedActions` names, each one intent. */
export function DecisionPanel({ application, queuePath }: DecisionPanelProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const transition = useTransitionApplication();
  const [opinion, setOpinion] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ action: DialogAction; key: string } | null>(null);
  const [votesDialog, setVotesDialog] = useState<{ action: VotesAction; key: string } | null>(null);
  const allowed = reviewActions.filter((a) => application.allowedActions.includes(a));
  const votesAllowed = allowed.includes('committee_pass') || allowed.includes('committee_fail');
  // Only the committee needs its expert count (the quorum).
  const expertCount = useCommitteeExpertCount(votesAllowed ? application.committeeId : undefined);
  const name = application.names.qualification;

  /** Sends one decision; a conflict reloads the application and is shown here, others are thrown. */
  const decide = async (request: TransitionRequest, idempotencyKey: string) => {
    setError(null);
    try {
      await transition.mutateAsync({ applicationId: application.id, idempotencyKey, ...request });
    } catch (failure) {
      if (isApiError(failure) && conflictCodes.has(failure.code)) {
        setDialog(null);
        setVotesDialog(null);
        setError(`${t('review.conflict')}（${failure.displayMessage}）`);
        await invalidateApplication(queryClient, application.id);
        return;
      }
      throw failure;
    }
    void message.success(t('review.done', { action: t(`applicationAction.${request.action}`) }));
    // Starting the review keeps the reviewer here; a decision hands the application on.
    if (request.action !== 'start_review') navigate(queuePath);
  };

  /** A decision from the panel itself: its failure shows in the panel. */
  const decideHere = async (request: TransitionRequest, idempotencyKey: string) => {
    try {
      await decide(request, idempotencyKey);
    } catch (failure) {
      setError(isApiError(failure) ? failure.displayMessage : t('errors.unknown'));
    }
  };

  const confirmApprove = () => {
    const idempotencyKey = newIdempotencyKey();
    const text = opinion.trim();
    modal.confirm({
      title: t('review.approveConfirm', { name }),
      content: text ? text : undefined,
      okText: t('review.approveOk'),
      cancelText: t('review.cancel'),
      onOk: () => decideHere({ action: 'approve', ...(text ? { opinion: text } : {}) }, idempotencyKey),
    });
  };

  const confirmPublicityPass = () => {
    const idempotencyKey = newIdempotencyKey();
    modal.confirm({
      title: t('review.publicityPassConfirm', { name }),
      okText: t('review.approveOk'),
      cancelText: t('review.cancel'),
      onOk: () => decideHere({ action: 'publicity_pass' }, idempotencyKey),
    });
  };

  return (
    <Card title={<h2 className="card-heading">{t('review.decisionTitle')}</h2>} size="small">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
        {allowed.length === 0 ? (
          <Typography.Text type="secondary">{t('review.noActions')}</Typography.Text>
        ) : null}
        {allowed.includes('approve') ? (
          <div>
            <label htmlFor="review-opinion" className="form-field-label">
              {t('review.opinion')}
            </label>
            <Input.TextArea
              id="review-opinion"
              rows={3}
              maxLength={500}
              showCount
              aria-describedby="review-opinion-rule"
              value={opinion}
              onChange={(e) => setOpinion(e.target.value)}
            />
            <div id="review-opinion-rule" className="form-field-rule">
              {t('review.opinionRule')}
            </div>
          </div>
        ) : null}
        <Space wrap>
          {allowed.includes('start_review') ? (
            <Button
              type="primary"
              loading={transition.isPending}
              onClick={() => void decideHere({ action: 'start_review' }, newIdempotencyKey())}
            >
              {t('applicationAction.start_review')}
            </Button>
          ) : null}
          {allowed.includes('approve') ? (
            <Button type="primary" disabled={transition.isPending} onClick={confirmApprove}>
              {t('applicationAction.approve')}
            </Button>
          ) : null}
          {allowed.includes('return') ? (
            <Button
              disabled={transition.isPending}
              onClick={() => setDialog({ action: 'return', key: newIdempotencyKey() })}
            >
              {t('applicationAction.return')}
            </Button>
          ) : null}
          {allowed.includes('reject') ? (
            <Button
              danger
              disabled={transition.isPending}
              onClick={() => setDialog({ action: 'reject', key: newIdempotencyKey() })}
            >
              {t('applicationAction.reject')}
            </Button>
          ) : null}
          {(['committee_pass', 'committee_fail'] as const).map((action) =>
            allowed.includes(action) ? (
              <Button
                key={action}
                type={action === 'committee_pass' ? 'primary' : 'default'}
                danger={action === 'committee_fail'}
                disabled={transition.isPending || expertCount === undefined}
                onClick={() => setVotesDialog({ action, key: newIdempotencyKey() })}
              >
                {t(`applicationAction.${action}`)}
              </Button>
            ) : null,
          )}
          {allowed.includes('publicity_pass') ? (
            <Button type="primary" disabled={transition.isPending} onClick={confirmPublicityPass}>
              {t('applicationAction.publicity_pass')}
            </Button>
          ) : null}
          {allowed.includes('publicity_fail') ? (
            <Button
              danger
              disabled={transition.isPending}
              onClick={() => setDialog({ action: 'publicity_fail', key: newIdempotencyKey() })}
            >
              {t('applicationAction.publicity_fail')}
            </Button>
          ) : null}
        </Space>
      </Space>
      {dialog ? (
        <DecisionDialog
          action={dialog.action}
          application={application}
          onClose={() => setDialog(null)}
          onSubmit={(request: DialogRequest) => decide(request, dialog.key)}
        />
      ) : null}
      {votesDialog ? (
        <VotesDialog
          action={votesDialog.action}
          application={application}
          expertCount={expertCount ?? null}
          onClose={() => setVotesDialog(null)}
          onSubmit={(request: VotesRequest) => decide(request, votesDialog.key)}
        />
      ) : null}
    </Card>
  );
}
