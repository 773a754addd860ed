import { Alert } from 'antd';

interface FormAlertProps {
  message: string | null | undefined;
  type?: 'error' | 'warning' | 'info' | 'success';
}

/** The message of a form-level (non-field) error, shown at the top of the form. */
export function FormAlert({ message, type = 'error' }: FormAlertProps) {
  if (!message) return null;
  return <Alert type={type} showIcon title={message} role="alert" style={{ marginBottom: 16 }} />;
}
