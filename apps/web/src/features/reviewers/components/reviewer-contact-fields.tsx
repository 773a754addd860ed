import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field';

interface ContactValues extends FieldValues {
  name: string;
  mobile?: string | undefined;
}

/** 姓名 and the optional 手机 of a reviewer account, shared by the create and edit forms. */
export function ReviewerContactFields<T extends ContactValues>({
  control,
  idPrefix,
}: {
  control: Control<T>;
  /** Prefix of the inputs' ids: `reviewer` gives reviewer-name and reviewer-mobile. */
  idPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        control={control}
        name={'name' as Path<T>}
        id={`${idPrefix}-name`}
        label={t('people.name')}
        autoComplete="off"
        maxLength={50}
      />
      <TextField
        control={control}
        name={'mobile' as Path<T>}
        id={`${idPrefix}-mobile`}
        label={t('reviewers.mobileOptional')}
        rule={t('people.mobileRule')}
        required={false}
        inputMode="tel"
        autoComplete="off"
        maxLength={11}
      />
    </>
  );
}
