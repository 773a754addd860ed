import { zodResolver } from '@hookform/resolvers/zod';
import {
  chinaDate,
  countWorkingDays,
  minPublicityWorkingDays,
  type PublicityCreate,
  type PublicityStage,
  publicityCreateSchema,
} from '@zhicheng/contracts';
import { Alert, DatePicker, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { dayjs } from '../../../lib/dayjs';
import { applyServerErrors } from '../../../lib/form-errors';
import { useCreatePublicity } from '../api/create-publicity';
import { useWorkCalendar } from '../api/get-calendar';

interface PublicityDialogProps {
  /** 单位公示 (the unit, before it forwards) or 评审结果公示 (the department, after the committee). */
  stage?: PublicityStage;
  applicationIds: string[];
  names: string[];
  onDone: (workingDays: number) => void;
  onClose: () => void;
}

const isDate = (value: string | undefined): value is string =>
  Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value));

/** The years a window spans, so their calendars can be loaded. */
function yearsOf(startsOn: string | undefined, endsOn: string | undefined): number[] {
  if (!isDate(startsOn) || !isDate(endsOn) || endsOn < startsOn) return [];
  const from = Number(startsOn.slice(0, 4));
  const to = Number(endsOn.slice(0, 4));
  return Array.from({ length: Math.min(to - from, 5) + 1 }, (_, i) => from + i);
}

/**
 * 单位公示 for the selected applications in 单位审核中 (or 评审结果公示 for those in 公示中): the window's dates (they may lie in the past),
 * the working days they hold by the bureau's calendar as they are picked, and a refusal below 5
 * before anything is sent. The server's field errors land on the fields.
 */
export function PublicityDialog({
  stage = 'unit',
  applicationIds,
  names,
  onDone,
  onClose,
}: PublicityDialogProps) {
  const { t } = useTranslation();
  const title =
    stage === 'result'
      ? t('resultPublicity.dialogTitle', { count: applicationIds.length })
      : t('reviewQueue.publicityTitle', { count: applicationIds.length });
  const create = useCreatePublicity();
  const [alert, setAlert] = useState<string | null>(null);
  const { control, handleSubmit, setError, clearErrors, watch, formState } = useForm<PublicityCreate>({
    resolver: zodResolver(publicityCreateSchema),
    defaultValues: { stage, applicationIds, startsOn: chinaDate(new Date()), endsOn: '' },
  });
  const startsOn = watch('startsOn');
  const endsOn = watch('endsOn');
  const years = yearsOf(startsOn, endsOn);
  const calendar = useWorkCalendar(years);
  // Without the calendar (it failed to load) weekdays count; the server checks against the real one.
  const effective = calendar.calendar ?? (calendar.error ? { holidays: [], workdays: [] } : null);
  const workingDays = years.length > 0 && effective ? countWorkingDays(startsOn, endsOn, effective) : null;

  const submit = handleSubmit(async (values) => {
    setAlert(null);
    if (workingDays === null) return;
    if (workingDays < minPublicityWorkingDays) {
      setError(
        'endsOn',
        {
          type: 'min',
          message: t('reviewQueue.publicityTooShort', { min: minPublicityWorkingDays, days: workingDays }),
        },
        { shouldFocus: true },
      );
      return;
    }
    try {
      const recorded = await create.mutateAsync({ ...values, note: values.note?.trim() || undefined });
      onDone(recorded.workingDays);
    } catch (error) {
      setAlert(applyServerErrors(error, setError, ['startsOn', 'endsOn', 'note']));
    }
  });

  const dateField = (name: 'startsOn' | 'endsOn', label: string, rule?: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormField
          id={`publicity-${name}`}
          label={label}
          required
          rule={rule}
          error={fieldState.error?.message}
        >
          {(props) => (
            <DatePicker
              {...props}
              style={{ width: '100%' }}
              format="YYYY-MM-DD"
              value={isDate(field.value) ? dayjs(field.value) : null}
              onChange={(date) => {
                // A new window is counted again: the refusal of the old one no longer applies.
                if (formState.errors.endsOn?.type === 'min') clearErrors('endsOn');
                field.onChange(date ? date.format('YYYY-MM-DD') : '');
              }}
              onBlur={field.onBlur}
            />
          )}
        </FormField>
      )}
    />
  );

  return (
    <Modal
      open
      title={title}
      okText={t('reviewQueue.publicitySubmit')}
      cancelText={t('reviewQueue.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ disabled: years.length > 0 && calendar.isPending }}
      confirmLoading={formState.isSubmitting}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <FormAlert message={alert} />
        <p>{t('reviewQueue.batchFor', { names: names.join('、') })}</p>
        {dateField('startsOn', t('reviewQueue.startsOn'), t('reviewQueue.startsOnRule'))}
        {dateField(
          'endsOn',
          t('reviewQueue.endsOn'),
          t('reviewQueue.endsOnRule', { min: minPublicityWorkingDays }),
        )}
        <div aria-live="polite" style={{ marginBottom: 16 }}>
          {calendar.error ? (
            <Alert type="warning" showIcon title={t('reviewQueue.calendarFailed')} />
          ) : workingDays !== null ? (
            <Typography.Text type={workingDays < minPublicityWorkingDays ? 'danger' : 'success'}>
              {t('reviewQueue.workingDays', { count: workingDays })}
            </Typography.Text>
          ) : null}
        </div>
        <Controller
          control={control}
          name="note"
          render={({ field, fieldState }) => (
            <FormField
              id="publicity-note"
              label={t('reviewQueue.note')}
              rule={t('reviewQueue.noteRule')}
              error={fieldState.error?.message}
            >
              {(props) => (
                <Input.TextArea
                  {...props}
                  rows={3}
                  maxLength={500}
                  value={field.value ?? ''}
                  onChange={(event) => field.onChange(event.target.value)}
                  onBlur={field.onBlur}
                />
              )}
            </FormField>
          )}
        />
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </form>
    </Modal>
  );
}
