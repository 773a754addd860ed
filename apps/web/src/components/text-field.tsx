import { Input } from 'antd';
import type { ReactNode } from 'react';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { FormField } from './form-field';

interface TextFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  id: string;
  label: string;
  rule?: ReactNode;
  required?: boolean;
  password?: boolean;
  autoComplete?: string;
  maxLength?: number;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  disabled?: boolean;
  /** Something to the right of the input (e.g. the "获取验证码" button). */
  addon?: ReactNode;
}

/** A react-hook-form text field in a {@link FormField}: label, input, error, rule. */
export function TextField<T extends FieldValues>({
  control,
  name,
  id,
  label,
  rule,
  required = true,
  password,
  autoComplete,
  maxLength = 100,
  inputMode,
  disabled,
  addon,
}: TextFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormField id={id} label={label} error={fieldState.error?.message} rule={rule} required={required}>
          {(controlProps) => {
            const props = {
              ...controlProps,
              ref: field.ref,
              name: field.name,
              value: (field.value as string | undefined) ?? '',
              onChange: field.onChange,
              onBlur: field.onBlur,
              autoComplete,
              maxLength,
              inputMode,
              disabled,
            };
            const input = password ? <Input.Password {...props} /> : <Input {...props} />;
            if (!addon) return input;
            return (
              <div style={{ display: 'flex', gap: 8 }}>
                <div style={{ flex: 1, minWidth: 0 }}>{input}</div>
                {addon}
              </div>
            );
          }}
        </FormField>
      )}
    />
  );
}
