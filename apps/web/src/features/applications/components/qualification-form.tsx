import { zodResolver } from '@hookform/resolvers/zod';
import type { Application, Catalog } from '@zhicheng/contracts';
import { Alert, Button, Input, Radio, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { useCreateApplication } from '../api/create-application';
import { type ApplicationChoice, useUpdateApplicationChoice } from '../api/update-application-choice';
import { type ChoiceFormValues, choiceFields, choiceFormSchema } from './choice-form-schema';
import { ChoiceSelect } from './choice-select';
import {
  candidatesFor,
  departmentName,
  findSeries,
  levelsOf,
  qualificationsOf,
  specialtyGroups,
} from './qualification-options';

interface QualificationFormProps {
  catalog: Catalog;
  track: 'normal' | 'innovative';
  /** Editing this application's choice (PATCH); otherwise a new one is created in `cycleId`. */
  application?: Application | undefined;
  cycleId?: string | undefined;
  /** Shown but not changeable (not editable any more, or no open cycle). */
  disabled?: boolean;
}

function initialValues(track: 'normal' | 'innovative', application?: Application): ChoiceFormValues {
  return {
    track,
    applyType: application?.applyType ?? 'normal',
    innovativeCondition: application?.innovativeCondition ?? null,
    seriesId: application?.seriesId,
    specialtyId: application?.specialtyId,
    level: application?.level,
    qualificationId: application?.qualificationId,
    committeeId: application?.committeeId,
  };
}

/** 选择申报资格: cascading 系列 → 专业 → 级别 → 资格 → 评委会 → 部门, each reset when an upper one changes. */
export function QualificationForm({
  catalog,
  track,
  application,
  cycleId,
  disabled,
}: QualificationFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [alert, setAlert] = useState<string | null>(null);
  const [existingId, setExistingId] = useState<string | null>(null);
  const create = useCreateApplication();
  const update = useUpdateApplicationChoice();
  const { control, handleSubmit, setError, setValue, watch, formState } = useForm<ChoiceFormValues>({
    resolver: zodResolver(choiceFormSchema) as unknown as Resolver<ChoiceFormValues>,
    defaultValues: initialValues(track, application),
  });
  const [condition, seriesId, specialtyId, level, qualificationId, committeeId] = watch([
    'innovativeCondition',
    'seriesId',
    'specialtyId',
    'level',
    'qualificationId',
    'committeeId',
  ]);

  const series = findSeries(catalog, seriesId);
  const specialtyOptions = useMemo(() => specialtyGroups(series, t('wizard.ungrouped')), [series, t]);
  const levelOptions = levelsOf(catalog, series);
  const qualificationOptions = qualificationsOf(series, level);
  const levelCandidates = useMemo(
    () => candidatesFor(catalog, { seriesId, specialtyId, level }),
    [catalog, seriesId, specialtyId, level],
  );
  // The committee is the last step: nothing is offered or filled in before a 资格 is chosen.
  const candidates = qualificationId ? levelCandidates : [];
  const chosen = candidates.find((c) => c.id === committeeId);
  const department = departmentName(catalog, chosen);
  const complete = Boolean(seriesId && specialtyId && level);
  const noCommittee = complete && levelCandidates.length === 0;
  const needsCondition = track === 'innovative' && !condition;
  const selectsDisabled = disabled || needsCondition;

  // One candidate: chosen for the applicant. A committee that no longer fits is cleared.
  const candidateIds = candidates.map((c) => c.id).join(',');
  useEffect(() => {
    const ids = candidateIds ? candidateIds.split(',') : [];
    if (ids.length === 1 && committeeId !== ids[0]) {
      setValue('committeeId', ids[0], { shouldValidate: formState.isSubmitted });
    } else if (committeeId && !ids.includes(committeeId)) {
      setValue('committeeId', undefined);
    }
  }, [candidateIds, committeeId, setValue, formState.isSubmitted]);

  // A level with a single qualification: that one is chosen for the applicant.
  const onlyQualification = qualificationOptions.length === 1 ? qualificationOptions[0]?.id : undefined;
  useEffect(() => {
    if (onlyQualification && !qualificationId) {
      setValue('qualificationId', onlyQualification, { shouldValidate: formState.isSubmitted });
    }
  }, [onlyQualification, qualificationId, setValue, formState.isSubmitted]);

  const resetBelow = (field: 'seriesId' | 'specialtyId' | 'level') => {
    const order = ['seriesId', 'specialtyId', 'level', 'qualificationId', 'committeeId'] as const;
    for (const lower of order.slice(order.indexOf(field) + 1)) setValue(lower, undefined);
  };

  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    setExistingId(null);
    const choice = {
      track,
      applyType: values.applyType,
      ...(track === 'innovative' ? { innovativeCondition: values.innovativeCondition } : {}),
      seriesId: values.seriesId,
      specialtyId: values.specialtyId,
      qualificationId: values.qualificationId,
      committeeId: values.committeeId,
    } as ApplicationChoice;
    try {
      const saved = application
        ? await update.mutateAsync({ id: application.id, version: application.version, choice })
        : await create.mutateAsync({ ...choice, cycleId: cycleId ?? '' });
      navigate(`/applicant/applications/${saved.id}/sections`);
    } catch (error) {
      if (isApiError(error, 'application_exists')) {
        const id = error.extensions.applicationId;
        if (typeof id === 'string') setExistingId(id);
        setAlert(error.displayMessage);
        return;
      }
      setAlert(applyServerErrors(error, setError, choiceFields));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('wizard.stepQualification')} className="choice-form">
      {existingId ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={alert ?? t('wizard.exists')}
          action={<Link to={`/applicant/applications/${existingId}/sections`}>{t('wizard.existsLink')}</Link>}
        />
      ) : (
        <FormAlert message={alert} />
      )}

      {track === 'innovative' ? (
        <Controller
          control={control}
          name="innovativeCondition"
          render={({ field, fieldState }) => (
            <fieldset className="choice-fieldset" aria-describedby="condition-hint">
              <legend className="choice-legend">{t('wizard.conditionTitle')}</legend>
              <Typography.Paragraph id="condition-hint" type="secondary">
                {t('wizard.conditionHint')}
              </Typography.Paragraph>
              <Radio.Group
                value={field.value}
                disabled={disabled}
                onChange={(event) => field.onChange(event.target.value)}
                aria-invalid={Boolean(fieldState.error)}
              >
                <Space orientation="vertical">
                  {catalog.innovativeConditions.map((c) => (
                    <Radio key={c.id} value={c.id}>
                      {`(${c.id}) ${c.text}`}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
              {fieldState.error ? <div className="form-field-error">{fieldState.error.message}</div> : null}
            </fieldset>
          )}
        />
      ) : null}

      <fieldset className="choice-fieldset">
        <legend className="choice-legend">{t('wizard.choiceTitle')}</legend>
        {needsCondition && !disabled ? (
          <Alert type="info" showIcon title={t('wizard.conditionFirst')} style={{ marginBottom: 16 }} />
        ) : null}

        {track === 'normal' ? (
          <Controller
            control={control}
            name="applyType"
            render={({ field }) => (
              <div className="form-field" role="radiogroup" aria-labelledby="apply-type-label">
                <span id="apply-type-label" className="form-field-label form-field-label-required">
                  {t('wizard.applyType')}
                </span>
                <div>
                  <Radio.Group
                    value={field.value}
                    disabled={disabled}
                    onChange={(event) => field.onChange(event.target.value)}
                    options={[
                      { value: 'normal', label: t('wizard.applyTypeNormal') },
                      { value: 'conversion', label: t('wizard.applyTypeConversion') },
                    ]}
                  />
                </div>
              </div>
            )}
          />
        ) : null}

        <ChoiceSelect
          control={control}
          name="seriesId"
          id="choice-series"
          label={t('wizard.series')}
          disabled={selectsDisabled}
          onChanged={() => resetBelow('seriesId')}
          options={catalog.series.map((s) => ({ value: s.id, label: s.name }))}
        />

        <ChoiceSelect
          control={control}
          name="specialtyId"
          id="choice-specialty"
          label={t('wizard.specialty')}
          searchable
          disabled={selectsDisabled || !seriesId}
          onChanged={() => resetBelow('specialtyId')}
          options={specialtyOptions}
        />

        <ChoiceSelect
          control={control}
          name="level"
          id="choice-level"
          label={t('wizard.level')}
          disabled={selectsDisabled || !specialtyId}
          onChanged={() => resetBelow('level')}
          options={levelOptions.map((l) => ({ value: l, label: l }))}
        />

        <ChoiceSelect
          control={control}
          name="qualificationId"
          id="choice-qualification"
          label={t('wizard.qualification')}
          disabled={selectsDisabled || !level}
          options={qualificationOptions.map((q) => ({ value: q.id, label: q.name }))}
        />

        <ChoiceSelect
          control={control}
          name="committeeId"
          id="choice-committee"
          label={t('wizard.committee')}
          rule={
            candidates.length > 1
              ? t('wizard.severalCommittees')
              : candidates.length === 1
                ? t('wizard.oneCommittee')
                : undefined
          }
          disabled={selectsDisabled || candidates.length < 2}
          options={candidates.map((c) => ({ value: c.id, label: c.name }))}
        />

        {noCommittee ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('wizard.noCommittee')}
            style={{ marginBottom: 20 }}
          />
        ) : null}

        <FormField id="choice-department" label={t('wizard.department')}>
          {({ status: _status, ...props }) => (
            <Input {...props} readOnly value={department ?? ''} placeholder={t('wizard.departmentAuto')} />
          )}
        </FormField>
      </fieldset>

      <div className="choice-note">
        <Typography.Text strong>{t('wizard.noteTitle')}</Typography.Text>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('wizard.note')}</Typography.Paragraph>
      </div>

      {disabled ? null : (
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          disabled={noCommittee}
          loading={create.isPending || update.isPending}
        >
          {t('wizard.next')}
        </Button>
      )}
    </form>
  );
}
