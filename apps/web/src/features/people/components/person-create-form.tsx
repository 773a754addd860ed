import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { NewAccountFields } from '../../../components/new-account-fields';
import { applyServerErrors } from '../../../lib/form-errors';
import { useCreatePerson } from '../api/create-person';
import type { PeopleKind, PersonDetail } from '../api/people-kind';
import { PersonDetailFields } from './person-detail-fields';
import {
  type CreatePersonInput,
  type CreatePersonOutput,
  createPersonFormSchema,
} from './person-form-schemas';

const fields = ['username', 'password', 'confirmPassword', 'name', 'idNumber', 'mobile'] as const;

/** 新增申报人员 / 新增经办人: login account, password + confirmation, name, ID number (and mobile). */
export function PersonCreateForm({
  kind,
  onCreated,
}: {
  kind: PeopleKind;
  onCreated: (p: PersonDetail) => void;
}) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const mutation = useCreatePerson(kind);
  const { control, handleSubmit, setError } = useForm<CreatePersonInput, unknown, CreatePersonOutput>({
    resolver: zodResolver(createPersonFormSchema(kind)),
    defaultValues: { username: '', password: '', confirmPassword: '', name: '', idNumber: '', mobile: '' },
  });

  const onSubmit = handleSubmit(async ({ confirmPassword: _, mobile, ...body }) => {
    setAlert(null);
    try {
      onCreated(await mutation.mutateAsync(kind === 'operators' ? { ...body, mobile } : body));
    } catch (error) {
      setAlert(applyServerErrors(error, setError, fields));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(`people.${kind}.add`)}>
      <FormAlert message={alert} />
      <NewAccountFields control={control} idPrefix="person" />
      <PersonDetailFields control={control} kind={kind} />
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('people.save')}
      </Button>
    </form>
  );
}
