import { zodResolver } from '@hookform/resolvers/zod';
import { mobileSchema, personNameSchema, reviewerUpdateSchema } from '@zhicheng/contracts';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { i18n } from '../../../i18n';
import { isApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import type { ReviewerRow } from '../api/list-reviewers';
import { useUpdateReviewer } from '../api/update-reviewer';
import { ReviewerContactFields } from './reviewer-contact-fields';

/** The mobile stays optional, but the API can only replace a registered one, not remove it. */
function editSchema(hadMobile: boolean) {
  return z.object({ name: personNameSchema, mobile: z.string().trim() }).superRefine((form, ctx) => {
    if (form.mobile === '') {
      if (hadMobile)
        ctx.addIssue({ code: 'custom', path: ['mobile'], message: i18n.t('reviewers.mobileKeep') });
      return;
    }
    const mobile = mobileSchema.safeParse(form.mobile);
    if (!mobile.success)
      ctx.addIssue({ code: 'custom', path: ['mobile'], message: mobile.error.issues[0]?.message ?? '' });
  });
}
type FormInput = z.input<ReturnType<typeof editSchema>>;
type FormOutput = z.output<ReturnType<typeof editSchema>>;

const fields = ['name', 'mobile'] as const;

interface ReviewerEditFormProps {
  reviewer: ReviewerRow;
  onSaved: (reviewer: ReviewerRow) => void;
  /** Someone else saved first: the list reloads and the form starts over from the new version. */
  onConflict: () => void;
  /** Shown above the form (the reload after a conflict). */
  notice?: string | null;
}

/** 修改: name and mobile, sent with the version the form was opened with; role and organisation stay. */
export function ReviewerEditForm({ reviewer, onSaved, onConflict, notice }: ReviewerEditFormProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const mutation = useUpdateReviewer();
  const { control, handleSubmit, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(editSchema(reviewer.mobile !== null)),
    defaultValues: { name: reviewer.name, mobile: reviewer.mobile ?? '' },
  });

  const onSubmit = handleSubmit(async ({ name, mobile }) => {
    setAlert(null);
    try {
      const body = reviewerUpdateSchema.parse(mobile ? { name, mobile } : { name });
      onSaved(await mutation.mutateAsync({ id: reviewer.id, body, version: reviewer.version }));
    } catch (error) {
      if (isApiError(error, 'version_conflict')) {
        onConflict();
        return;
      }
      setAlert(applyServerErrors(error, setError, fields));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('reviewers.edit')}>
      <FormAlert message={notice} type="warning" />
      <FormAlert message={alert} />
      <FormField id="reviewer-edit-username" label={t('people.account')} rule={t('people.accountFixed')}>
        {(props) => <Input {...props} value={reviewer.username} disabled />}
      </FormField>
      <ReviewerContactFields control={control} idPrefix="reviewer-edit" />
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('people.save')}
      </Button>
    </form>
  );
}
