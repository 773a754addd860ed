import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { sessionFor } from '../../../test/fixtures';
import { enter, renderApp } from '../../../test/render-app';
import { appId, sectionResponse, serveApplicantApi } from '../../../test/section-fixtures';
import { api, problem, server } from '../../../test/server';

const sectionUrl = `/applicant/applications/${appId}/sections/basicInfo`;
const listUrl = `/applicant/applications/${appId}/sections`;

/** Basic info with one name saved; each PUT answers `answer` (default: saved, version 3). */
function openBasicInfo(answer?: () => Response) {
  serveApplicantApi();
  const puts: Record<string, unknown>[] = [];
  server.use(
    http.get(api(`/applications/${appId}/sections/basicInfo`), () =>
      HttpResponse.json(sectionResponse('basicInfo', { data: { name: '张三' } })),
    ),
    http.put(api(`/applications/${appId}/sections/basicInfo`), async ({ request }) => {
      const { data } = (await request.json()) as { data: Record<string, unknown> };
      puts.push(data);
      return (
        answer?.() ??
        HttpResponse.json(
          sectionResponse('basicInfo', { data, version: 3, updatedAt: new Date().toISOString() }),
        )
      );
    }),
  );
  return { ...renderApp(sectionUrl, { session: sessionFor('applicant') }), puts };
}

describe('leaving a section with unsaved edits', { timeout: 30_000 }, () => {
  it('offers 保存并离开 besides staying and leaving without saving, and saves before it goes', async () => {
    const { user, puts } = openBasicInfo();
    await enter(user, await screen.findByLabelText('出生地'), '广东深圳');
    fireEvent.click(screen.getByRole('link', { name: '返回栏目列表' }));
    const dialog = await screen.findByRole('dialog', { name: '离开本栏目？' });
    expect(within(dialog).getByRole('button', { name: '留下继续填写' })).toBeVisible();
    expect(within(dialog).getByRole('button', { name: '不保存，离开' })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: '保存并离开' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(new RegExp(`^${listUrl}$`)));
    expect(puts.at(-1)).toMatchObject({ name: '张三', birthplace: '广东深圳' });
  });

  it('stays on the form when the save is refused', async () => {
    const { user, puts } = openBasicInfo(() => problem(500, 'internal', '服务器内部错误'));
    await enter(user, await screen.findByLabelText('出生地'), '广东深圳');
    fireEvent.click(screen.getByRole('link', { name: '返回栏目列表' }));
    const dialog = await screen.findByRole('dialog', { name: '离开本栏目？' });
    await user.click(within(dialog).getByRole('button', { name: '保存并离开' }));

    await waitFor(() => expect(puts.length).toBeGreaterThan(0));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: '离开本栏目？' })).not.toBeInTheDocument(),
    );
    expect(screen.getByTestId('location')).toHaveTextContent(sectionUrl);
    expect(screen.getByLabelText('出生地')).toHaveValue('广东深圳');
  });
});
