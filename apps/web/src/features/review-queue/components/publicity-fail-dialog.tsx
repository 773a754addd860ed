import { transitionRequestSchema } from '@zhicheng/contracts';
import { Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';

interface PublicityFailDialogProps {
  names: string[];
  submitting: boolean;
  error: string | null;
  onSubmit: (opinion: string) => void;
  onClose: () => void;
}

/** 公示不通过 for one or several applications: the opinion is required (the contract's message). */
export function PublicityFailDialog({
  names,
  submitting,
  error,
  onSubmit,
  onClose,
}: PublicityFailDialogProps) {
  const { t } = useTranslation();
  const [opinion, setOpinion] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();

  const submit = () => {
    const parsed = transitionRequestSchema.safeParse({ action: 'publicity_fail', opinion });
    if (!parsed.success) {
      setFieldError(parsed.error.issues.find((i) => i.path[0] === 'opinion')?.message);
      return;
    }
    setFieldError(undefined);
    onSubmit(parsed.data.opinion ?? '');
  };

  return (
    <Modal
      open
      title={t('resultPublicity.failTitle', { count: names.length })}
      okText={t('resultPublicity.failOk')}
      okButtonProps={{ danger: true }}
      cancelText={t('resultPublicity.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={submitting}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <FormAlert message={error} />
      <p>{t('resultPublicity.failFor', { names: names.join('、') })}</p>
      <FormField
        id="publicity-fail-opinion"
        label={t('resultPublicity.opinion')}
        required
        rule={t('resultPublicity.opinionRule')}
        error={fieldError}
      >
        {(control) => (
          <Input.TextArea
            {...control}
            rows={4}
            maxLength={500}
            value={opinion}
            onChange={(event) => setOpinion(event.target.value)}
          />
        )}
      </FormField>
    </Modal>
  );
}
