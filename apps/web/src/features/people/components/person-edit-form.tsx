import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import type { PeopleKind, PersonDetail } from '../api/people-kind';
import { useUpdatePerson } from '../api/update-person';
import { PersonDetailFields } from './person-detail-fields';
import { type EditPersonInput, type EditPersonOutput, editPersonFormSchema } from './person-form-schemas';

const fields = ['name', 'idNumber', 'mobile'] as const;

interface PersonEditFormProps {
  kind: PeopleKind;
  person: PersonDetail;
  onSaved: (person: PersonDetail) => void;
  /** Someone else saved first: reload the person (the form starts over from the new version). */
  onConflict: () => void;
  /** Shown above the form (the reload after a conflict). */
  notice?: string | null;
}

/** 修改: name, ID number (and mobile), sent with the version the form was opened with. */
export function PersonEditForm({ kind, person, onSaved, onConflict, notice }: PersonEditFormProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const mutation = useUpdatePerson(kind);
  const { control, handleSubmit, setError } = useForm<EditPersonInput, unknown, EditPersonOutput>({
    resolver: zodResolver(editPersonFormSchema(kind)),
    defaultValues: { name: person.name, idNumber: person.idNumber ?? '', mobile: person.mobile ?? '' },
  });

  const onSubmit = handleSubmit(async ({ mobile, ...body }) => {
    setAlert(null);
    try {
      const changes = kind === 'operators' ? { ...body, mobile } : body;
      onSaved(await mutation.mutateAsync({ id: person.id, version: person.version, body: changes }));
    } catch (error) {
      if (isApiError(error, 'version_conflict')) {
        onConflict();
        return;
      }
      setAlert(applyServerErrors(error, setError, fields));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(`people.${kind}.edit`)}>
      <FormAlert message={notice} type="warning" />
      <FormAlert message={alert} />
      <FormField id="person-username" label={t('people.account')} rule={t('people.accountFixed')}>
        {(props) => <Input {...props} value={person.username} disabled />}
      </FormField>
      <PersonDetailFields control={control} kind={kind} />
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('people.save')}
      </Button>
    </form>
  );
}
