import { batchTransitionRequestSchema } from '@zhicheng/contracts';
import { Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import type { BatchAction } from './queue-kind';

interface OpinionDialogProps {
  action: BatchAction;
  applicationIds: string[];
  /** Names of the applications the action is for (the dialog says whom it concerns). */
  names: string[];
  submitting: boolean;
  error: string | null;
  onSubmit: (opinion: string | undefined) => void;
  onClose: () => void;
}

/**
 * Confirms a batch action: 开始审核 asks nothing, 审核通过 takes an optional opinion, 退回修改 needs one
 * (the sections and materials to correct are marked one application at a time, on its review page).
 */
export function OpinionDialog(props: OpinionDialogProps) {
  const { action, applicationIds, names, submitting, error, onSubmit, onClose } = props;
  const { t } = useTranslation();
  const [opinion, setOpinion] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const actionLabel = t(`applicationAction.${action}`);
  const asksOpinion = action !== 'start_review';

  const submit = () => {
    const text = opinion.trim();
    const parsed = batchTransitionRequestSchema.safeParse({
      action,
      applicationIds,
      ...(asksOpinion && (text || action === 'return') ? { opinion: text } : {}),
    });
    const issue = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === 'opinion');
    if (issue) {
      setFieldError(issue.message);
      return;
    }
    setFieldError(undefined);
    onSubmit(asksOpinion && text ? text : undefined);
  };

  return (
    <Modal
      open
      title={t('reviewQueue.batchTitle', { action: actionLabel, count: applicationIds.length })}
      okText={actionLabel}
      cancelText={t('reviewQueue.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={submitting}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <FormAlert message={error} />
      <p>{t('reviewQueue.batchFor', { names: names.join('、') })}</p>
      {asksOpinion ? (
        <FormField
          id="batch-opinion"
          label={t('reviewQueue.opinion')}
          required={action === 'return'}
          rule={t(action === 'return' ? 'reviewQueue.returnOpinionRule' : 'reviewQueue.opinionRule')}
          error={fieldError}
        >
          {(control) => (
            <Input.TextArea
              {...control}
              rows={4}
              maxLength={500}
              value={opinion}
              onChange={(event) => setOpinion(event.target.value)}
            />
          )}
        </FormField>
      ) : null}
    </Modal>
  );
}
