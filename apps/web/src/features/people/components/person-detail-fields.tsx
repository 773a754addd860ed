import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field';
import type { PeopleKind } from '../api/people-kind';

interface PersonDetailValues extends FieldValues {
  name: string;
  idNumber: string;
  mobile?: string | undefined;
}

/** 姓名, 身份证号 and, for operators, 手机号: shared by 新增 and 修改. */
export function PersonDetailFields<T extends PersonDetailValues>({
  control,
  kind,
}: {
  control: Control<T>;
  kind: PeopleKind;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        control={control}
        name={'name' as Path<T>}
        id="person-name"
        label={t('people.name')}
        autoComplete="off"
        maxLength={50}
      />
      <TextField
        control={control}
        name={'idNumber' as Path<T>}
        id="person-id-number"
        label={t('people.idNumber')}
        rule={t('people.idNumberRule')}
        autoComplete="off"
        maxLength={18}
      />
      {kind === 'operators' ? (
        <TextField
          control={control}
          name={'mobile' as Path<T>}
          id="person-mobile"
          label={t('people.mobile')}
          rule={t('people.mobileRule')}
          inputMode="tel"
          autoComplete="off"
          maxLength={11}
        />
      ) : null}
    </>
  );
}
