import { zodResolver } from '@hookform/resolvers/zod';
import { passwordRuleText, usernameRuleText } from '@zhicheng/contracts';
import { Button } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { TextField } from '../../../components/text-field';
import { applyServerErrors } from '../../../lib/form-errors';
import { useCreatePerson } from '../api/create-person';
import type { PeopleKind, PersonDetail } from '../api/people-kind';
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
      <TextField
        control={control}
        name="username"
        id="person-username"
        label={t('people.account')}
        rule={t('people.accountRule', { rule: usernameRuleText })}
        autoComplete="off"
        maxLength={14}
      />
      <TextField
        control={control}
        name="password"
        id="person-password"
        label={t('people.password')}
        rule={t('people.passwordRule', { rule: passwordRuleText })}
        password
        autoComplete="new-password"
        maxLength={64}
      />
      <TextField
        control={control}
        name="confirmPassword"
        id="person-confirm"
        label={t('people.confirmPassword')}
        rule={t('people.confirmRule')}
        password
        autoComplete="new-password"
        maxLength={64}
      />
      <TextField
        control={control}
        name="name"
        id="person-name"
        label={t('people.name')}
        autoComplete="off"
        maxLength={50}
      />
      <TextField
        control={control}
        name="idNumber"
        id="person-id-number"
        label={t('people.idNumber')}
        rule={t('people.idNumberRule')}
        autoComplete="off"
        maxLength={18}
      />
      {kind === 'operators' ? (
        <TextField
          control={control}
          name="mobile"
          id="person-mobile"
          label={t('people.mobile')}
          rule={t('people.mobileRule')}
          inputMode="tel"
          autoComplete="off"
          maxLength={11}
        />
      ) : null}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('people.save')}
      </Button>
    </form>
  );
}
