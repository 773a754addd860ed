import { zodResolver } from '@hookform/resolvers/zod';
import { reviewerCreateSchema } from '@zhicheng/contracts';
import { Button, Select } from 'antd';
import { useState } from 'react';
import { type Control, Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { NewAccountFields } from '../../../components/new-account-fields';
import { i18n } from '../../../i18n';
import { applyServerErrors } from '../../../lib/form-errors';
import { useCommittees } from '../../../shared/catalog/get-committees';
import { useDepartments } from '../../../shared/catalog/get-departments';
import { useCreateReviewer } from '../api/create-reviewer';
import type { ReviewerRow } from '../api/list-reviewers';
import { ReviewerContactFields } from './reviewer-contact-fields';

/** The department or committee a reviewer belongs to: a required, searchable select. */
function OrganisationSelect(props: {
  control: Control<FormInput, unknown, FormOutput>;
  name: 'departmentId' | 'committeeId';
  id: string;
  label: string;
  placeholder: string;
  loading: boolean;
  options: { value: string; label: string }[];
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <FormField id={props.id} label={props.label} error={fieldState.error?.message} required>
          {(inputProps) => (
            <Select
              {...inputProps}
              value={field.value}
              onChange={field.onChange}
              loading={props.loading}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={props.placeholder}
              options={props.options}
              style={{ width: '100%' }}
            />
          )}
        </FormField>
      )}
    />
  );
}

interface FormShape {
  role: 'dept_reviewer' | 'committee_secretary';
  username: string;
  password: string;
  name: string;
  mobile: string;
  departmentId?: string | undefined;
  committeeId?: string | undefined;
}

/** The request body the form stands for: only the role's own organisation, no empty mobile. */
function toBody({ role, username, password, name, mobile, departmentId, committeeId }: FormShape) {
  return {
    role,
    username,
    password,
    name,
    mobile: mobile.trim() || undefined,
    ...(role === 'dept_reviewer' ? { departmentId } : { committeeId }),
  };
}

function formSchema() {
  return z
    .object({
      role: z.enum(['dept_reviewer', 'committee_secretary']),
      username: z.string(),
      password: z.string(),
      confirmPassword: z.string().min(1, i18n.t('people.confirmRequired')),
      name: z.string(),
      mobile: z.string(),
      departmentId: z.string().optional(),
      committeeId: z.string().optional(),
    })
    .superRefine((form, ctx) => {
      // The contract's own rules: username, password, name, mobile, the role's organisation.
      const parsed = reviewerCreateSchema.safeParse(toBody(form));
      if (parsed.success) return;
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path as (string | number)[] });
    })
    .refine((form) => form.confirmPassword === form.password, {
      path: ['confirmPassword'],
      message: i18n.t('people.mismatch'),
    });
}
type FormInput = z.input<ReturnType<typeof formSchema>>;
type FormOutput = z.output<ReturnType<typeof formSchema>>;

const fields = [
  'role',
  'username',
  'password',
  'confirmPassword',
  'name',
  'mobile',
  'departmentId',
  'committeeId',
] as const;

/** 新增审核人员: the role decides whether a department or a committee is chosen. */
export function ReviewerCreateForm({ onCreated }: { onCreated: (reviewer: ReviewerRow) => void }) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const mutation = useCreateReviewer();
  const { control, handleSubmit, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema()),
    defaultValues: {
      role: 'dept_reviewer',
      username: '',
      password: '',
      confirmPassword: '',
      name: '',
      mobile: '',
    },
  });
  const role = useWatch({ control, name: 'role' });
  const departments = useDepartments(role === 'dept_reviewer');
  const committees = useCommittees(role === 'committee_secretary');

  const onSubmit = handleSubmit(async (body) => {
    setAlert(null);
    try {
      onCreated(await mutation.mutateAsync(reviewerCreateSchema.parse(toBody(body))));
    } catch (error) {
      setAlert(applyServerErrors(error, setError, fields));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('reviewers.add')}>
      <FormAlert message={alert} />
      <Controller
        control={control}
        name="role"
        render={({ field }) => (
          <FormField id="reviewer-role" label={t('reviewers.role')} required>
            {({ status: _, ...props }) => (
              <Select
                {...props}
                value={field.value}
                onChange={field.onChange}
                options={(['dept_reviewer', 'committee_secretary'] as const).map((value) => ({
                  value,
                  label: t(`reviewers.roles.${value}`),
                }))}
                style={{ width: '100%' }}
              />
            )}
          </FormField>
        )}
      />
      {role === 'dept_reviewer' ? (
        <OrganisationSelect
          control={control}
          name="departmentId"
          id="reviewer-department"
          label={t('reviewers.department')}
          placeholder={t('reviewers.departmentPlaceholder')}
          loading={departments.isPending}
          options={(departments.data?.items ?? [])
            .filter((d) => d.active)
            .map((d) => ({ value: d.id, label: d.name }))}
        />
      ) : (
        <OrganisationSelect
          control={control}
          name="committeeId"
          id="reviewer-committee"
          label={t('reviewers.committee')}
          placeholder={t('reviewers.committeePlaceholder')}
          loading={committees.isPending}
          options={(committees.data?.items ?? [])
            .filter((c) => c.active)
            .map((c) => ({ value: c.id, label: `${c.name}（${c.departmentName}）` }))}
        />
      )}
      <NewAccountFields control={control} idPrefix="reviewer" />
      <ReviewerContactFields control={control} idPrefix="reviewer" />
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('people.save')}
      </Button>
    </form>
  );
}
