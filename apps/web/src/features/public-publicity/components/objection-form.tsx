import { zodResolver } from '@hookform/resolvers/zod';
import { type ObjectionCreate, objectionCreateSchema } from '@zhicheng/contracts';
import { Button, Input, Result } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { CaptchaField } from '../../../shared/captcha/captcha-field';
import { type CaptchaKind, useCaptcha } from '../../../shared/captcha/get-captcha';
import { useCreateObjection } from '../api/create-objection';

const contentMax = 2000;
const formSchema = objectionCreateSchema.omit({ windowId: true, applicationId: true, captchaId: true });
type FormValues = Omit<ObjectionCreate, 'windowId' | 'applicationId' | 'captchaId'>;
const fields = ['name', 'contact', 'content', 'captchaAnswer'] as const;

/**
 * 提出异议: 姓名, 联系方式, 异议内容 (with a counter) and the captcha — the image, or the text question
 * for people who cannot read it (WCAG 3.3.8) — sent to the department.
 */
export function ObjectionForm({
  windowId,
  applicationId,
  onDone,
}: {
  windowId: string;
  applicationId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [captchaKind, setCaptchaKind] = useState<CaptchaKind>('image');
  const captcha = useCaptcha(!sent, captchaKind);
  const mutation = useCreateObjection();
  const { control, handleSubmit, setError, setValue, clearErrors } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: '', contact: '', content: '', captchaAnswer: '' },
  });

  const newCaptcha = () => {
    // A captcha is single-use: after any answer the server has spent it.
    setValue('captchaAnswer', '');
    void captcha.refetch();
  };

  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    if (!captcha.data) {
      setError('captchaAnswer', { message: t('publicPublicity.captchaMissing') }, { shouldFocus: true });
      return;
    }
    try {
      await mutation.mutateAsync({ ...values, windowId, applicationId, captchaId: captcha.data.id });
      setSent(true);
    } catch (error) {
      newCaptcha();
      if (error instanceof ApiError && error.code.startsWith('captcha_')) {
        setError('captchaAnswer', { type: 'server', message: error.title }, { shouldFocus: true });
      } else {
        setAlert(applyServerErrors(error, setError, fields));
      }
    }
  });

  if (sent)
    return (
      <Result
        status="success"
        title={t('publicPublicity.sent')}
        extra={
          <Button type="primary" onClick={onDone}>
            {t('publicPublicity.close')}
          </Button>
        }
      />
    );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('publicPublicity.objectionTitle')}>
      <FormAlert message={alert} />
      <TextField
        control={control}
        name="name"
        id="objection-name"
        label={t('publicPublicity.name')}
        autoComplete="name"
        maxLength={50}
      />
      <TextField
        control={control}
        name="contact"
        id="objection-contact"
        label={t('publicPublicity.contact')}
        rule={t('publicPublicity.contactRule')}
        maxLength={100}
      />
      <Controller
        control={control}
        name="content"
        render={({ field, fieldState }) => (
          <FormField
            id="objection-content"
            label={t('publicPublicity.content')}
            rule={t('publicPublicity.contentRule', { max: contentMax })}
            error={fieldState.error?.message}
            required
          >
            {(props) => (
              <Input.TextArea
                {...props}
                ref={field.ref}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                maxLength={contentMax}
                showCount
                autoSize={{ minRows: 4, maxRows: 10 }}
              />
            )}
          </FormField>
        )}
      />
      <CaptchaField
        control={control}
        id="objection-captcha"
        captcha={captcha.data}
        loading={captcha.isFetching}
        failed={captcha.isError}
        onRefresh={newCaptcha}
        kind={captchaKind}
        onSwitchKind={() => {
          // The other kind is another query: switching fetches a fresh captcha of that kind.
          setValue('captchaAnswer', '');
          clearErrors('captchaAnswer');
          setCaptchaKind(captchaKind === 'text' ? 'image' : 'text');
        }}
      />
      <div className="form-actions">
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {t('publicPublicity.submit')}
        </Button>
        <Button onClick={onDone}>{t('publicPublicity.cancel')}</Button>
      </div>
    </form>
  );
}
