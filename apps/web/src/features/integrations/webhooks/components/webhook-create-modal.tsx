import { zodResolver } from '@hookform/resolvers/zod';
import {
  type DomainEventType,
  domainEventTypes,
  type WebhookCreate,
  type WebhookCreated,
  webhookCreateSchema,
} from '@zhicheng/contracts';
import { Checkbox, Input, Modal } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../../components/form-alert';
import { FormField } from '../../../../components/form-field';
import { applyServerErrors } from '../../../../lib/form-errors';
import { useCreateWebhook } from '../api/create-webhook';
import { eventTypeLabel } from './event-type-label';

interface WebhookCreateModalProps {
  onClose: () => void;
  /** Called with the created webhook (and its secret, shown once). */
  onCreated: (created: WebhookCreated) => void;
}

/** 新增推送地址: the URL, the events (by their Chinese names) and an optional note. */
export function WebhookCreateModal({ onClose, onCreated }: WebhookCreateModalProps) {
  const { t } = useTranslation();
  const create = useCreateWebhook();
  const [alert, setAlert] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<WebhookCreate>({
    resolver: zodResolver(webhookCreateSchema),
    defaultValues: { url: '', events: [...domainEventTypes], description: '' },
  });
  const title = t('webhooks.createTitle');

  const submit = handleSubmit(async (values) => {
    setAlert(null);
    try {
      onCreated(await create.mutateAsync({ ...values, description: values.description || undefined }));
    } catch (error) {
      setAlert(applyServerErrors(error, setError, ['url', 'events', 'description']));
    }
  });

  return (
    <Modal
      open
      title={title}
      okText={t('webhooks.save')}
      cancelText={t('webhooks.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={formState.isSubmitting}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <FormAlert message={alert} />
        <Controller
          control={control}
          name="url"
          render={({ field, fieldState }) => (
            <FormField
              id="webhook-url"
              label={t('webhooks.url')}
              rule={t('webhooks.urlRule')}
              error={fieldState.error?.message}
              required
            >
              {(props) => (
                <Input
                  {...props}
                  value={field.value}
                  onChange={(e) => field.onChange(e.target.value.trim())}
                  placeholder="https://"
                  maxLength={2000}
                />
              )}
            </FormField>
          )}
        />
        <Controller
          control={control}
          name="events"
          render={({ field, fieldState }) => (
            <FormField
              id="webhook-events"
              label={t('webhooks.events')}
              error={fieldState.error?.message}
              required
            >
              {/* A fieldset (role group) may not carry aria-required/aria-invalid (axe aria-allowed-attr);
                  the required mark and the error message are in the label and the described-by text. */}
              {({ id, 'aria-describedby': describedBy }) => (
                <fieldset
                  id={id}
                  aria-label={t('webhooks.events')}
                  aria-describedby={describedBy}
                  style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}
                >
                  <Checkbox.Group<DomainEventType>
                    value={field.value}
                    onChange={(value) => field.onChange(value)}
                    options={domainEventTypes.map((type) => ({
                      value: type,
                      label: eventTypeLabel(t, type),
                    }))}
                  />
                </fieldset>
              )}
            </FormField>
          )}
        />
        <Controller
          control={control}
          name="description"
          render={({ field, fieldState }) => (
            <FormField
              id="webhook-description"
              label={t('webhooks.description')}
              rule={t('webhooks.descriptionRule')}
              error={fieldState.error?.message}
            >
              {(props) => (
                <Input.TextArea
                  {...props}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.target.value)}
                  autoSize={{ minRows: 2, maxRows: 4 }}
                  maxLength={200}
                />
              )}
            </FormField>
          )}
        />
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </form>
    </Modal>
  );
}
