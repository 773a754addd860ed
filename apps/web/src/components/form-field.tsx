import type { ReactNode } from 'react';

/** What a field's input needs to be linked to its label, rule text and error message. */
export interface FieldControlProps {
  id: string;
  status: 'error' | undefined;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

interface FormFieldProps {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  /** The rule shown beside the field (limits, formats). */
  rule?: ReactNode;
  required?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * One form row for a react-hook-form field: label, input, error and rule, all linked for screen
 * readers. Plain markup rather than antd's Form.Item, which would bring a second form engine.
 */
export function FormField({ id, label, error, rule, required, children }: FormFieldProps) {
  const errorId = `${id}-error`;
  const ruleId = `${id}-rule`;
  const describedBy = [error ? errorId : null, rule ? ruleId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-field form-field-invalid' : 'form-field'}>
      <label
        htmlFor={id}
        className={required ? 'form-field-label form-field-label-required' : 'form-field-label'}
      >
        {label}
      </label>
      {children({
        id,
        status: error ? 'error' : undefined,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy,
        'aria-required': required,
      })}
      {error ? (
        <div id={errorId} className="form-field-error">
          {error}
        </div>
      ) : null}
      {rule ? (
        <div id={ruleId} className="form-field-rule">
          {rule}
        </div>
      ) : null}
    </div>
  );
}
