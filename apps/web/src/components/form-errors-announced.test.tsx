import { render, screen } from '@testing-library/react';
import { Input } from 'antd';
import { describe, expect, it } from 'vitest';
import { FormAlert } from './form-alert';
import { FormField } from './form-field';

/** Issue #18: form errors are announced — on the field (invalid, described) and for the whole form (live). */
describe('form errors for screen readers', () => {
  it('marks a field with an error invalid and describes it by the error text and its rule', () => {
    render(
      <FormField id="mobile" label="手机号码" error="请填写 11 位手机号码" rule="仅限中国大陆手机号" required>
        {(control) => <Input {...control} />}
      </FormField>,
    );
    const input = screen.getByLabelText('手机号码');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).toHaveAccessibleDescription('请填写 11 位手机号码 仅限中国大陆手机号');
    expect(document.getElementById('mobile-error')).toHaveTextContent('请填写 11 位手机号码');
  });

  it('leaves a valid field unmarked and described by its rule only', () => {
    render(
      <FormField id="name" label="姓名" rule="2–20 个字">
        {(control) => <Input {...control} />}
      </FormField>,
    );
    const input = screen.getByLabelText('姓名');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(input).toHaveAccessibleDescription('2–20 个字');
  });

  it('puts a form-level error in an alert, a live region that speaks at once', () => {
    const { rerender } = render(<FormAlert message={null} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    rerender(<FormAlert message="网络连接失败，请稍后重试" />);
    // role="alert" is an assertive live region (WAI-ARIA): the text is read as soon as it appears.
    expect(screen.getByRole('alert')).toHaveTextContent('网络连接失败，请稍后重试');
  });
});
