import { screen, waitFor, within } from '@testing-library/react';
import type {
  applicationListSchema,
  BatchTransitionResult,
  CommitteeResultsRequest,
  MeResponse,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { meFor, sessionFor } from '../../../test/fixtures';
import { queueItem } from '../../../test/queue-fixtures';
import { enter, renderApp } from '../../../test/render-app';
import { api, server } from '../../../test/server';

const lazyRouteTimeout = 30_000;
const committeeId = '00000000-0000-4000-8000-000000000c01';

const rows = [1, 2, 3, 4].map((n) =>
  queueItem(n, {
    status: 'committee_review',
    committeeId,
    allowedActions: ['committee_pass', 'committee_fail'],
  }),
);

function openResults(expertCount: number | null = 9) {
  const posted: CommitteeResultsRequest[] = [];
  const listed: URLSearchParams[] = [];
  server.use(
    http.get(api('/me'), () =>
      HttpResponse.json({
        ...meFor('committee_secretary'),
        committee: { id: committeeId, name: '水利水电高级评委会', expertCount },
      } satisfies MeResponse),
    ),
    http.get(api('/applications'), ({ request }) => {
      listed.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: rows, nextCursor: null, total: rows.length } satisfies z.infer<
        typeof applicationListSchema
      >);
    }),
    http.post(api('/committee-results'), async ({ request }) => {
      const body = (await request.json()) as CommitteeResultsRequest;
      posted.push(body);
      const [first, second, third] = body.results;
      return HttpResponse.json({
        results: [
          { id: first?.applicationId ?? '', ok: true, status: 'publicity', code: null, message: null },
          { id: second?.applicationId ?? '', ok: true, status: 'rejected', code: null, message: null },
          {
            id: third?.applicationId ?? '',
            ok: false,
            status: null,
            code: 'invalid_transition',
            message: '申报当前状态为公示中，不能办理评审未通过',
          },
        ],
      } satisfies BatchTransitionResult);
    }),
  );
  const view = renderApp('/committee/results', { session: sessionFor('committee_secretary') });
  return { ...view, posted, listed };
}

const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;
const vote = (name: string, kind: '赞成' | '反对' | '弃权') =>
  screen.getByRole('spinbutton', { name: `${name} ${kind}票数` });

describe('评审结果录入', { timeout: lazyRouteTimeout }, () => {
  it('computes each result live, refuses a row whose votes do not add up, sends only filled rows', async () => {
    const { user, posted, listed } = openResults();
    expect(await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout })).toBeVisible();
    expect(listed[0]?.get('status')).toBe('committee_review');
    expect(await screen.findByText('评委会专家 9 人，出席须不少于 6 人（三分之二）')).toBeVisible();

    await enter(user, screen.getByRole('spinbutton', { name: '出席专家人数' }), '7');
    await enter(user, vote('申报人1', '赞成'), '5');
    await enter(user, vote('申报人1', '反对'), '2');
    expect(within(rowOf('申报人1')).getByText('通过')).toBeVisible();
    await enter(user, vote('申报人2', '赞成'), '4');
    await enter(user, vote('申报人2', '反对'), '3');
    expect(within(rowOf('申报人2')).getByText('未通过')).toBeVisible();
    await enter(user, vote('申报人3', '赞成'), '3');
    await enter(user, vote('申报人3', '反对'), '3');
    expect(within(rowOf('申报人3')).getByText('赞成、反对、弃权票数之和须等于出席专家人数')).toBeVisible();
    expect(within(rowOf('申报人4')).getByText('未录入')).toBeVisible();

    await user.click(screen.getByRole('button', { name: '提交表决结果（3 份）' }));
    expect(await screen.findByText('有 1 份申报的票数有误，请修改后再提交')).toBeVisible();
    expect(posted).toHaveLength(0);

    await enter(user, vote('申报人3', '弃权'), '1');
    expect(within(rowOf('申报人3')).getByText('未通过')).toBeVisible();
    await user.click(screen.getByRole('button', { name: '提交表决结果（3 份）' }));

    const dialog = await screen.findByRole('dialog', { name: '评审结果录入结果' });
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ present: 7 });
    expect(posted[0]?.meetingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(posted[0]?.results).toEqual([
      { applicationId: rows[0]?.id, for: 5, against: 2, abstain: 0 },
      { applicationId: rows[1]?.id, for: 4, against: 3, abstain: 0 },
      { applicationId: rows[2]?.id, for: 3, against: 3, abstain: 1 },
    ]);
    expect(within(dialog).getByText('成功 2 份，未办理 1 份')).toBeVisible();
    const result = within(dialog).getByRole('table', { name: '评审结果录入结果' });
    expect(within(result).getByText('当前状态：公示中')).toBeVisible();
    expect(within(result).getByText('当前状态：未通过')).toBeVisible();
    expect(within(result).getByText('申报当前状态为公示中，不能办理评审未通过')).toBeVisible();
  });

  it('refuses a meeting below the quorum and links each row to its read-only review', async () => {
    const { user, posted } = openResults();
    expect(await screen.findByText('申报人1', {}, { timeout: lazyRouteTimeout })).toBeVisible();
    await enter(user, screen.getByRole('spinbutton', { name: '出席专家人数' }), '5');
    expect(
      await screen.findAllByText('出席专家须不少于评委会专家总数的三分之二（9 人中至少 6 人），本次 5 人'),
    ).not.toHaveLength(0);
    await enter(user, vote('申报人1', '赞成'), '5');
    await enter(user, vote('申报人1', '反对'), '0');
    await user.click(screen.getByRole('button', { name: '提交表决结果（1 份）' }));
    await waitFor(() => expect(screen.getByRole('spinbutton', { name: '出席专家人数' })).toBeInvalid());
    expect(posted).toHaveLength(0);
    expect(screen.getByRole('link', { name: '查看 申报人2 的申报' })).toHaveAttribute(
      'href',
      `/committee/results/${rows[1]?.id}`,
    );
  });
});
