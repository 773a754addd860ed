import type { Control, FieldValues, Path, UseFormGetValues, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/text-field';
import { type SendSmsCode, SmsCodeButton } from './sms-code-button';

interface MobileWithSmsCodeProps<T extends FieldValues> {
  control: Control<T>;
  getValues: UseFormGetValues<T>;
  setError: UseFormSetError<T>;
  /** Sends the code (registration and password reset: `POST /sms-codes`; one's own mobile: `/me/contact/sms-code`). */
  sendCode: SendSmsCode;
  mobileName: Path<T>;
  smsCodeName: Path<T>;
  idPrefix: string;
  labels: { mobile: string; mobileRule: string; smsCode: string };
}

/** A mobile field with its "获取验证码" button, then the field for the code that arrives by SMS. */
export function MobileWithSmsCode<T extends FieldValues>(props: MobileWithSmsCodeProps<T>) {
  const { t } = useTranslation();
  const { control, setError, labels } = props;
  return (
    <>
      <TextField
        control={control}
        name={props.mobileName}
        id={`${props.idPrefix}-mobile`}
        label={labels.mobile}
        rule={labels.mobileRule}
        autoComplete="tel"
        inputMode="tel"
        maxLength={11}
        addon={
          <SmsCodeButton
            sendCode={props.sendCode}
            getMobile={() => String(props.getValues(props.mobileName) ?? '')}
            onMobileError={(message) =>
              setError(props.mobileName, { type: 'server', message }, { shouldFocus: true })
            }
            onError={(message) => setError(props.smsCodeName, { type: 'server', message })}
          />
        }
      />
      <TextField
        control={control}
        name={props.smsCodeName}
        id={`${props.idPrefix}-sms-code`}
        label={labels.smsCode}
        rule={t('sms.codeRule')}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
      />
    </>
  );
}
