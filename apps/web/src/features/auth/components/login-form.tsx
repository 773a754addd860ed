import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { errorCodes, type LoginRequest } from '@zhicheng/contracts';
import { Button } from 'antd';
// Input and Password alone: antd's Input also carries TextArea, Search and OTP, which login never shows.
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { applyServerErrors } from '../../../lib/form-errors';
import { CaptchaField } from '../../../shared/captcha/captcha-field';
import { type CaptchaKind, useCaptcha } from '../../../shared/captcha/get-captcha';
import { useLogin } from '../api/login';
import { classifyLoginFailure } from './login-error';
import { type LoginFormValues, loginFormSchema } from './login-form-schema';

const fields = ['username', 'password', 'captchaAnswer'] as const;

/** Username + password, and the image captcha once the server asks for it. */
export function LoginForm({ onAttempt }: { onAttempt?: () => void }) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const [captchaShown, setCaptchaShown] = useState(false);
  const [captchaKind, setCaptchaKind] = useState<CaptchaKind>('image');
  const captcha = useCaptcha(captchaShown, captchaKind);
  const mutation = useLogin();
  const { control, handleSubmit, setError, setValue, clearErrors } = useForm<LoginFormValues>({
    resolver: zodResolver(loginFormSchema),
    defaultValues: { username: '', password: '', captchaAnswer: '' },
  });

  const showCaptcha = () => {
    // A captcha is single-use: every failed attempt gets a fresh image and an empty answer.
    setValue('captchaAnswer', '');
    if (captchaShown) void captcha.refetch();
    else setCaptchaShown(true);
  };

  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    onAttempt?.();
    const answer = values.captchaAnswer?.trim() ?? '';
    if (captchaShown && !answer) {
      setError('captchaAnswer', { message: errorCodes.captcha_required.title }, { shouldFocus: true });
      return;
    }
    const body: LoginRequest = { username: values.username, password: values.password };
    if (captchaShown && captcha.data)
      Object.assign(body, { captchaId: captcha.data.id, captchaAnswer: answer });
    try {
      await mutation.mutateAsync(body);
    } catch (error) {
      const failure = classifyLoginFailure(error);
      if (failure.kind === 'captcha') {
        showCaptcha();
        setError('captchaAnswer', { message: failure.message }, { shouldFocus: true });
      } else if (failure.kind === 'fields') {
        setAlert(applyServerErrors(failure.error, setError, fields));
        if (captchaShown) showCaptcha();
      } else {
        setAlert(failure.message);
        if (captchaShown || failure.showCaptcha) showCaptcha();
      }
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('login.title')}>
      <FormAlert message={alert} />
      {captchaShown && !alert ? <FormAlert type="info" message={t('login.captchaRequiredHint')} /> : null}
      <Controller
        control={control}
        name="username"
        render={({ field, fieldState }) => (
          <FormField
            id="login-username"
            label={t('login.username')}
            error={fieldState.error?.message}
            required
          >
            {(control) => (
              <Input
                {...control}
                {...field}
                prefix={<UserOutlined aria-hidden />}
                placeholder={t('login.usernamePlaceholder')}
                autoComplete="username"
                maxLength={64}
                size="large"
              />
            )}
          </FormField>
        )}
      />
      <Controller
        control={control}
        name="password"
        render={({ field, fieldState }) => (
          <FormField
            id="login-password"
            label={t('login.password')}
            error={fieldState.error?.message}
            required
          >
            {(control) => (
              <Password
                {...control}
                {...field}
                prefix={<LockOutlined aria-hidden />}
                placeholder={t('login.passwordPlaceholder')}
                autoComplete="current-password"
                maxLength={128}
                size="large"
              />
            )}
          </FormField>
        )}
      />
      {captchaShown ? (
        <CaptchaField
          control={control}
          captcha={captcha.data}
          loading={captcha.isFetching}
          failed={captcha.isError}
          onRefresh={() => {
            setValue('captchaAnswer', '');
            void captcha.refetch();
          }}
          kind={captchaKind}
          onSwitchKind={() => {
            // The other kind is another query: switching fetches a fresh captcha of that kind.
            setValue('captchaAnswer', '');
            clearErrors('captchaAnswer');
            setCaptchaKind(captchaKind === 'text' ? 'image' : 'text');
          }}
        />
      ) : null}
      <Button type="primary" htmlType="submit" size="large" block loading={mutation.isPending}>
        {t('login.submit')}
      </Button>
    </form>
  );
}
