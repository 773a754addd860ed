import { zodResolver } from '@hookform/resolvers/zod';
import { DatePicker, Input, InputNumber, Modal, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Controller, type FieldValues, type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../lib/api-error';
import { applyServerErrors } from '../lib/form-errors';
import { FormAlert } from './form-alert';
import { FormField } from './form-field';

export interface ModalField {
  name: string;
  label: string;
  kind: 'text' | 'number' | 'select' | 'multiple' | 'switch' | 'datetime';
  rule?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  options?: { value: string; label: string }[];
}

interface EntityFormModalProps {
  title: string;
  /** Validates the values before they are sent (the contract's create or update schema). */
  schema: z.ZodType;
  defaultValues: Record<string, unknown>;
  /** The fields, given the values so far (options may depend on other fields). */
  fields: (values: Record<string, unknown>) => ModalField[];
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  onClose: () => void;
  okText: string;
  cancelText: string;
}

/**
 * A small create/edit form in a modal: fields with their rules, the contract's schema before sending,
 * server field errors on the fields and the rest at the top. Closes itself when saved.
 */
export function EntityFormModal(props: EntityFormModalProps) {
  const { title, schema, defaultValues, fields, onSubmit, onClose, okText, cancelText } = props;
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const { control, handleSubmit, setError, watch, formState } = useForm<FieldValues>({
    resolver: zodResolver(schema as z.ZodType<FieldValues, FieldValues>) as unknown as Resolver<FieldValues>,
    defaultValues,
  });
  const values = watch();
  const list = fields(values);

  const submit = handleSubmit(async (data) => {
    setAlert(null);
    try {
      await onSubmit(data);
      onClose();
    } catch (error) {
      const rest = applyServerErrors(
        error,
        setError,
        list.map((f) => f.name),
      );
      // A conflict (e.g. overlapping cycles) explains itself in the detail, beyond the field message.
      setAlert(rest ?? (isApiError(error) && error.status === 409 ? error.displayMessage : null));
    }
  });

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={cancelText}
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
        {list.map((field) => (
          <Controller
            key={field.name}
            control={control}
            name={field.name}
            render={({ field: input, fieldState }) => (
              <FormField
                id={`entity-${field.name}`}
                label={field.label}
                required={field.required}
                rule={field.rule}
                error={fieldState.error?.message}
              >
                {(control) => {
                  const common = { ...control, disabled: field.disabled };
                  switch (field.kind) {
                    case 'number':
                      return (
                        <InputNumber
                          {...common}
                          style={{ width: '100%' }}
                          value={input.value as number | undefined}
                          onChange={(v) => input.onChange(v ?? undefined)}
                        />
                      );
                    case 'select':
                    case 'multiple':
                      return (
                        <Select
                          {...common}
                          mode={field.kind === 'multiple' ? 'multiple' : undefined}
                          style={{ width: '100%' }}
                          placeholder={field.placeholder ?? t('wizard.placeholder')}
                          showSearch={{ optionFilterProp: 'label' }}
                          value={input.value as string | string[] | undefined}
                          onChange={(v) => input.onChange(v)}
                          options={field.options}
                        />
                      );
                    case 'switch': {
                      const { status: _status, ...rest } = common;
                      return (
                        <div>
                          <Switch
                            {...rest}
                            checked={Boolean(input.value)}
                            onChange={(checked) => input.onChange(checked)}
                          />
                        </div>
                      );
                    }
                    case 'datetime':
                      return (
                        <DatePicker
                          {...common}
                          showTime={{ format: 'HH:mm' }}
                          format="YYYY-MM-DD HH:mm"
                          style={{ width: '100%' }}
                          // Enter confirms the typed date in the picker; it must not also submit the form.
                          onKeyDown={(event) => {
                            if (event.key === 'Enter') event.preventDefault();
                          }}
                          value={typeof input.value === 'string' && input.value ? dayjs(input.value) : null}
                          onChange={(date) =>
                            input.onChange(date ? date.second(0).millisecond(0).toISOString() : '')
                          }
                        />
                      );
                    default:
                      return (
                        <Input
                          {...common}
                          value={(input.value as string | undefined) ?? ''}
                          onChange={(event) => input.onChange(event.target.value)}
                        />
                      );
                  }
                }}
              </FormField>
            )}
          />
        ))}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </form>
    </Modal>
  );
}
