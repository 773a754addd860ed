import { zodResolver } from '@hookform/resolvers/zod';
import {
  type Application,
  materialCategories,
  sectionDefinitions,
  type TransitionRequest,
  transitionRequestSchema,
} from '@zhicheng/contracts';
import { Checkbox, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { applyServerErrors } from '../../../lib/form-errors';

export type DialogAction = 'return' | 'reject' | 'publicity_fail';

type ReturnRequest = Extract<TransitionRequest, { action: 'return' }>;
type RejectRequest = Extract<TransitionRequest, { action: 'reject' }>;
type PublicityFailRequest = Extract<TransitionRequest, { action: 'publicity_fail' }>;
export type DialogRequest = ReturnRequest | RejectRequest | PublicityFailRequest;

interface FormValues {
  action: DialogAction;
  opinion: string;
  sections: string[];
  materials: ReturnRequest['materials'];
  correctBy: string | undefined;
}

interface DecisionDialogProps {
  action: DialogAction;
  application: Application;
  /** Sends the decision; a rejection is shown in the dialog (unless the caller handles it). */
  onSubmit: (request: DialogRequest) => Promise<void>;
  onClose: () => void;
}

const fields = ['opinion', 'sections', 'materials', 'correctBy'] as const;

/** Today in the browser's time zone, `YYYY-MM-DD` (the earliest 修改期限). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * 退回修改 (one notice: opinion, the sections and material categories to correct, a deadline) or
 * 审核不通过 or 公示不通过 (opinion), validated with the contract's transition schema before sending.
 */
export function DecisionDialog({ action, application, onSubmit, onClose }: DecisionDialogProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<FormValues>({
    resolver: zodResolver(transitionRequestSchema as never) as unknown as Resolver<FormValues>,
    defaultValues: {
      action,
      opinion: '',
      ...(action === 'return' ? { sections: [], materials: [], correctBy: undefined } : {}),
    },
  });
  const name = application.names.qualification;
  const isReturn = action === 'return';
  const title = isReturn
    ? t('review.returnTitle', { name })
    : action === 'publicity_fail'
      ? t('review.publicityFailTitle', { name })
      : t('review.rejectTitle', { name });
  const hint = isReturn
    ? t('review.returnHint')
    : action === 'publicity_fail'
      ? t('review.publicityFailHint')
      : t('review.rejectHint');

  const submit = handleSubmit(async (values) => {
    setAlert(null);
    const request: DialogRequest =
      values.action === 'return'
        ? {
            action: 'return',
            opinion: values.opinion.trim(),
            sections: values.sections,
            materials: values.materials ?? [],
            ...(values.correctBy ? { correctBy: values.correctBy } : {}),
          }
        : { action: values.action, opinion: values.opinion.trim() };
    try {
      await onSubmit(request);
    } catch (error) {
      setAlert(applyServerErrors(error, setError, fields));
    }
  });

  return (
    <Modal
      open
      title={title}
      okText={isReturn ? t('review.returnOk') : t('review.rejectOk')}
      okButtonProps={{ danger: true }}
      cancelText={t('review.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={formState.isSubmitting}
      width={isReturn ? 'min(880px, 96vw)' : undefined}
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
        <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
        <FormAlert message={alert} />
        <Controller
          control={control}
          name="opinion"
          render={({ field, fieldState }) => (
            <FormField
              id="decision-opinion"
              label={t('review.requiredOpinion')}
              required
              rule={t('review.requiredOpinionRule')}
              error={fieldState.error?.message}
            >
              {(props) => (
                <Input.TextArea
                  {...props}
                  rows={4}
                  maxLength={500}
                  showCount
                  value={field.value}
                  onChange={(e) => field.onChange(e.target.value)}
                  onBlur={field.onBlur}
                />
              )}
            </FormField>
          )}
        />
        {isReturn ? (
          <>
            <Controller
              control={control}
              name="sections"
              render={({ field, fieldState }) => (
                <fieldset className="decision-checks">
                  <legend>{t('review.returnSections')}</legend>
                  <Checkbox.Group
                    value={field.value}
                    onChange={(v) => field.onChange(v)}
                    options={sectionDefinitions.map((s) => ({ value: s.key, label: `${s.no}. ${s.title}` }))}
                  />
                  {fieldState.error ? (
                    <div className="form-field-error">{fieldState.error.message}</div>
                  ) : null}
                </fieldset>
              )}
            />
            <Controller
              control={control}
              name="materials"
              render={({ field, fieldState }) => (
                <fieldset className="decision-checks">
                  <legend>{t('review.returnMaterials')}</legend>
                  <Checkbox.Group
                    value={field.value}
                    onChange={(v) => field.onChange(v)}
                    options={materialCategories.map((c) => ({ value: c.key, label: c.title }))}
                  />
                  {fieldState.error ? (
                    <div className="form-field-error">{fieldState.error.message}</div>
                  ) : null}
                </fieldset>
              )}
            />
            <Controller
              control={control}
              name="correctBy"
              render={({ field, fieldState }) => (
                <FormField
                  id="decision-correct-by"
                  label={t('review.correctBy')}
                  rule={t('review.correctByRule')}
                  error={fieldState.error?.message}
                >
                  {(props) => (
                    <Input
                      {...props}
                      type="date"
                      min={today()}
                      style={{ maxWidth: 220 }}
                      value={field.value ?? ''}
                      onChange={(e) => field.onChange(e.target.value || undefined)}
                    />
                  )}
                </FormField>
              )}
            />
          </>
        ) : null}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </form>
    </Modal>
  );
}
