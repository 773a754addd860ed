import { Input } from 'antd';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { Controller } from 'react-hook-form';
import { FormField } from '../../../components/form-field';

interface PasswordInputProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  id: string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  rule?: string;
}

export function PasswordInput<T extends FieldValues>({
  control,
  name,
  id,
  label,
  autoComplete,
  rule,
}: PasswordInputProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormField id={id} label={label} error={fieldState.error?.message} rule={rule} required>
          {(control) => (
            <Input.Password
              {...control}
              ref={field.ref}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              autoComplete={autoComplete}
              maxLength={128}
            />
          )}
        </FormField>
      )}
    />
  );
}
