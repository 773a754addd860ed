import { type Application, checkVotes, twoThirds, votesSchema } from '@zhicheng/contracts';
import { InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { Controller, type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { applyServerErrors } from '../../../lib/form-errors';

export type VotesAction = 'committee_pass' | 'committee_fail';

interface VotesForm {
  votes: { present: number | null; for: number | null; against: number | null; abstain: number | null };
}

export interface VotesRequest {
  action: VotesAction;
  votes: { present: number; for: number; against: number; abstain: number };
}

interface VotesDialogProps {
  action: VotesAction;
  application: Application;
  /** The committee's number of experts (the quorum), null when not recorded. */
  expertCount: number | null;
  onSubmit: (request: VotesRequest) => Promise<void>;
  onClose: () => void;
}

const voteFields = ['present', 'for', 'against', 'abstain'] as const;
type VoteField = (typeof voteFields)[number];
const fieldPaths = voteFields.map((f) => `votes.${f}` as const);

/**
 * The committee's result on one application with the meeting's votes: checked with the contract's
 * `votesSchema` (the sum is the number present) and `checkVotes` (quorum, 2/3 for a pass, no fail when
 * the votes pass) before sending; the server's refusals land on the same fields.
 */
export function VotesDialog({ action, application, expertCount, onSubmit, onClose }: VotesDialogProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const resolver: Resolver<VotesForm> = async (values) => {
    const errors: Partial<Record<VoteField, { type: string; message: string }>> = {};
    for (const field of ['present', 'for', 'against'] as const)
      if (values.votes[field] === null)
        errors[field] = { type: 'required', message: t('review.votesRequired') };
    if (Object.keys(errors).length === 0) {
      const parsed = votesSchema.safeParse({ ...values.votes, abstain: values.votes.abstain ?? 0 });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = (issue.path[0] ?? 'present') as VoteField;
          errors[field] ??= { type: 'schema', message: issue.message };
        }
      } else {
        const violation = checkVotes(action, parsed.data, expertCount);
        if (violation) {
          const field = violation.path === 'votes.for' ? 'for' : 'present';
          errors[field] = { type: violation.code, message: violation.message };
        }
      }
    }
    if (Object.keys(errors).length > 0)
      return { values: {}, errors: { votes: errors } as FieldErrors<VotesForm> };
    return { values, errors: {} };
  };
  const { control, handleSubmit, setError, formState } = useForm<VotesForm>({
    resolver,
    defaultValues: { votes: { present: null, for: null, against: null, abstain: null } },
  });
  const actionLabel = t(`applicationAction.${action}`);
  const title = t('review.votesTitle', { action: actionLabel, name: application.names.qualification });

  const submit = handleSubmit(async (values) => {
    setAlert(null);
    const { present, for: inFavour, against, abstain } = values.votes;
    try {
      await onSubmit({
        action,
        votes: { present: present ?? 0, for: inFavour ?? 0, against: against ?? 0, abstain: abstain ?? 0 },
      });
    } catch (error) {
      setAlert(applyServerErrors(error, setError, fieldPaths));
    }
  });

  const labels: Record<VoteField, string> = {
    present: t('review.votesPresent'),
    for: t('review.votesFor'),
    against: t('review.votesAgainst'),
    abstain: t('review.votesAbstain'),
  };
  const rules: Partial<Record<VoteField, string>> = {
    present:
      expertCount !== null
        ? t('review.quorumHint', { experts: expertCount, quorum: twoThirds(expertCount) })
        : undefined,
    abstain: t('review.votesRule'),
  };

  return (
    <Modal
      open
      title={title}
      okText={t('review.votesOk', { action: actionLabel })}
      okButtonProps={{ danger: action === 'committee_fail' }}
      cancelText={t('review.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={formState.isSubmitting}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Typography.Paragraph type="secondary">{t('review.votesHint')}</Typography.Paragraph>
        <FormAlert message={alert} />
        {voteFields.map((name) => (
          <Controller
            key={name}
            control={control}
            name={`votes.${name}`}
            render={({ field, fieldState }) => (
              <FormField
                id={`votes-${name}`}
                label={labels[name]}
                required={name !== 'abstain'}
                rule={rules[name]}
                error={fieldState.error?.message}
              >
                {(props) => (
                  <InputNumber
                    {...props}
                    min={0}
                    max={500}
                    precision={0}
                    value={field.value}
                    onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                    onBlur={field.onBlur}
                  />
                )}
              </FormField>
            )}
          />
        ))}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </form>
    </Modal>
  );
}
