import { zodResolver } from '@hookform/resolvers/zod';
import { type Unit, unitUpdateSchema } from '@zhicheng/contracts';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormAlert } from '../../../components/form-alert';
import { TextField } from '../../../components/text-field';
import { isApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { useUpdateUnit } from '../api/update-unit';

// Every field here is required (the contract's PATCH takes any of them). The admin's mobile and e-mail
// are sign-in contacts, changed apart with the current password (修改手机号 / 修改邮箱).
const formSchema = unitUpdateSchema.pick({ name: true, socialSecurityNo: true, adminPhone: true }).required();
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;
const fields = ['name', 'socialSecurityNo', 'adminPhone'] as const;

interface UnitEditFormProps {
  unit: Unit;
  notice: string | null;
  onSaved: (unit: Unit) => void;
  onConflict: () => void;
  onCancel: () => void;
}

/** 单位信息 修改: name, social-security number and the admin's phone, sent with If-Match. */
export function UnitEditForm({ unit, notice, onSaved, onConflict, onCancel }: UnitEditFormProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const mutation = useUpdateUnit();
  const { control, handleSubmit, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      name: unit.name,
      socialSecurityNo: unit.socialSecurityNo,
      adminPhone: unit.admin.phone ?? '',
    },
  });

  const onSubmit = handleSubmit(async (body) => {
    setAlert(null);
    try {
      onSaved(await mutation.mutateAsync({ version: unit.version, body }));
    } catch (error) {
      if (isApiError(error, 'version_conflict')) onConflict();
      else setAlert(applyServerErrors(error, setError, fields));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('unit.profileTitle')} style={{ maxWidth: 560 }}>
      <FormAlert message={notice} type="warning" />
      <FormAlert message={alert} />
      <TextField
        control={control}
        name="name"
        id="unit-name"
        label={t('unit.name')}
        rule={t('registration.unitNameRule')}
      />
      <TextField
        control={control}
        name="socialSecurityNo"
        id="unit-ss-no"
        label={t('unit.socialSecurityNo')}
        rule={t('registration.socialSecurityNoRule')}
        maxLength={20}
      />
      <TextField
        control={control}
        name="adminPhone"
        id="unit-admin-phone"
        label={t('unit.adminPhone')}
        rule={t('registration.adminPhoneRule')}
        inputMode="tel"
        maxLength={20}
      />
      <Space>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {t('unit.save')}
        </Button>
        <Button onClick={onCancel}>{t('unit.cancel')}</Button>
      </Space>
    </form>
  );
}
