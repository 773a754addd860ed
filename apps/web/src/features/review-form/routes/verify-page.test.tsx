import { screen } from '@testing-library/react';
import type { ReviewFormVerification } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';
import { api, problem, server } from '../../../test/server';

const lazyRouteTimeout = 30_000;
const code = 'K7QM-3XHD-9PWT-B4RZ';

const verified: ReviewFormVerification = {
  verificationCode: code,
  maskedName: '张*明',
  unit: '深圳市示范水务工程设计院',
  series: '工程技术',
  specialty: '水文水资源',
  level: '副高级',
  qualification: '高级工程师',
  committee: '深圳市水利水电专业高级专业技术资格评审委员会',
  status: 'approved',
  statusLabel: '评审通过',
  snapshotSha256: 'a'.repeat(64),
  formSha256: 'b'.repeat(64),
  generatedAt: '2026-11-20T02:00:00.000Z',
};

describe('评审表验证 (no login)', { timeout: lazyRouteTimeout }, () => {
  it('shows what the form with the code says: masked name, qualification, status and both hashes', async () => {
    server.use(http.get(api(`/verify/${code}`), () => HttpResponse.json(verified)));
    renderApp(`/verify/${code}`);
    expect(await screen.findByText(/验证通过/, {}, { timeout: lazyRouteTimeout })).toBeVisible();
    expect(screen.getByText('张*明')).toBeVisible();
    expect(screen.getByText('高级工程师')).toBeVisible();
    expect(screen.getByText('评审通过')).toBeVisible();
    expect(screen.getByText('b'.repeat(64))).toBeVisible();
    expect(screen.getByText('a'.repeat(64))).toBeVisible();
  });

  it('says so when no form has the code, and refuses a malformed one without asking the server', async () => {
    server.use(
      http.get(api('/verify/:code'), () => problem(404, 'not_found', '没有找到该验证码对应的评审表')),
    );
    const view = renderApp('/verify/ABCD-EFGH-JKLM-NPQR');
    expect(
      await screen.findByText('未找到该验证码对应的评审表', {}, { timeout: lazyRouteTimeout }),
    ).toBeVisible();

    await view.user.clear(screen.getByRole('textbox', { name: '验证码' }));
    await view.user.type(screen.getByRole('textbox', { name: '验证码' }), 'not-a-code{Enter}');
    expect(await screen.findByText(/验证码格式不正确/)).toBeVisible();
  });
});
