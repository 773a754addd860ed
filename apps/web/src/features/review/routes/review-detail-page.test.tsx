import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  Application,
  applicationListSchema,
  Cycle,
  MaterialList,
  MeResponse,
  PublicityWindow,
  sectionListSchema,
  TimelineEntry,
  TransitionRequest,
  timelineSchema,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { catalog, draftApplication, openCycle } from '../../../test/application-fixtures';
import { meFor, sessionFor } from '../../../test/fixtures';
import { homeHandlers } from '../../../test/home-handlers';
import { materialFile, materialList } from '../../../test/material-fixtures';
import { queueCounts } from '../../../test/queue-fixtures';
import { enter, renderApp } from '../../../test/render-app';
import { appId, type SectionSummary, sectionList, sectionResponse } from '../../../test/section-fixtures';
import { api, problem, server } from '../../../test/server';

const lazyRouteTimeout = 30_000;

const inReview = (overrides: Partial<Application> = {}) =>
  draftApplication({
    status: 'unit_review',
    submittedAt: '2026-03-10T02:00:00.000Z',
    allowedActions: ['approve', 'return', 'reject'],
    ...overrides,
  });

const unitWindow = {
  id: 'w-1',
  stage: 'unit',
  startsOn: '2026-03-11',
  endsOn: '2026-03-17',
  workingDays: 5,
  note: '单位公告栏',
  applicationIds: [appId],
  createdAt: '2026-03-11T02:00:00.000Z',
} satisfies PublicityWindow;

const timeline = [
  {
    id: 't-1',
    action: 'submit',
    fromStatus: 'draft',
    toStatus: 'submitted',
    actorRole: 'applicant',
    actorName: '张三',
    opinion: null,
    reasons: [],
    votes: null,
    snapshotSha256: null,
    at: '2026-03-01T02:00:00.000Z',
  },
  {
    id: 't-2',
    action: 'return',
    fromStatus: 'dept_review',
    toStatus: 'returned',
    actorRole: 'dept_reviewer',
    actorName: '陈审核',
    opinion: '工作经历缺少2019年的证明',
    reasons: [],
    votes: null,
    snapshotSha256: null,
    at: '2026-03-05T02:00:00.000Z',
  },
] satisfies TimelineEntry[];

interface Served {
  application?: Application;
  sections?: SectionSummary[];
  materials?: MaterialList;
  url?: string;
  role?: 'unit_admin' | 'dept_reviewer' | 'committee_secretary';
  timeline?: TimelineEntry[];
  me?: MeResponse;
}

function openReview(options: Served = {}) {
  let application = options.application ?? inReview();
  const role = options.role ?? 'unit_admin';
  const transitions: { body: TransitionRequest; key: string | null }[] = [];
  let answer: ((body: TransitionRequest) => Response) | null = null;
  server.use(
    http.get(api('/me'), () => HttpResponse.json(options.me ?? meFor(role))),
    http.get(api(`/applications/${appId}`), () => HttpResponse.json(application)),
    http.get(api(`/applications/${appId}/sections`), () =>
      HttpResponse.json({
        items: options.sections ?? sectionList({ basicInfo: 'complete', workHistory: 'complete' }),
      } satisfies z.infer<typeof sectionListSchema>),
    ),
    http.get(api(`/applications/${appId}/sections/basicInfo`), () =>
      HttpResponse.json(
        sectionResponse('basicInfo', {
          status: 'complete',
          version: 1,
          editable: false,
          data: { name: '张三', gender: '男' },
        }),
      ),
    ),
    http.get(api(`/applications/${appId}/sections/workHistory`), () =>
      HttpResponse.json(
        sectionResponse('workHistory', {
          status: 'complete',
          version: 1,
          editable: false,
          data: [{ startMonth: '2015-07', endMonth: '2020-06', employer: '深圳市水务规划设计院' }],
        }),
      ),
    ),
    http.get(api(`/applications/${appId}/materials`), () =>
      HttpResponse.json(
        options.materials ??
          materialList(
            {
              highest_degree: { required: true, files: [materialFile(1), materialFile(2)] },
              personal_summary: {
                files: [
                  materialFile(3, {
                    category: 'personal_summary',
                    fileName: '个人总结.pdf',
                    contentType: 'application/pdf',
                    pages: 12,
                  }),
                ],
              },
            },
            { editable: false },
          ),
      ),
    ),
    http.get(api(`/applications/${appId}/publicity`), () =>
      HttpResponse.json({ items: [unitWindow] satisfies PublicityWindow[] }),
    ),
    http.get(api(`/applications/${appId}/timeline`), () =>
      HttpResponse.json({ items: options.timeline ?? timeline } satisfies z.infer<typeof timelineSchema>),
    ),
    http.get(
      api('/files/:id'),
      () =>
        new HttpResponse(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), {
          headers: { 'Content-Type': 'image/png' },
        }),
    ),
    http.post(api(`/applications/${appId}/transitions`), async ({ request }) => {
      const body = (await request.json()) as TransitionRequest;
      transitions.push({ body, key: request.headers.get('Idempotency-Key') });
      if (answer) return answer(body);
      application = { ...application, status: 'dept_review', allowedActions: [] };
      return HttpResponse.json(application);
    }),
  );
  const view = renderApp(options.url ?? `/unit/reviews/${appId}`, { session: sessionFor(role) });
  return {
    ...view,
    transitions,
    answerWith: (fn: (body: TransitionRequest) => Response) => {
      answer = fn;
    },
    setApplication: (next: Application) => {
      application = next;
    },
  };
}

describe('the review detail page', { timeout: lazyRouteTimeout }, () => {
  it('shows the header, every section read-only, the materials and the timeline with opinions', async () => {
    const { user } = openReview();
    expect(await screen.findByRole('heading', { name: '张三 申报高级工程师' })).toBeVisible();
    expect(screen.getByText('单位审核中')).toBeVisible();
    expect(screen.getByText('深圳市水利水电专业高级专业技术资格评审委员会')).toBeVisible();
    expect(screen.getByText('2026-03-11 至 2026-03-17（5 个工作日）')).toBeVisible();

    const basic = await screen.findByRole('region', { name: '基本申报信息' });
    expect(await within(basic).findByText('张三')).toBeVisible();
    expect(within(basic).getByText('男')).toBeVisible();
    const work = screen.getByRole('region', { name: '主要工作经历' });
    expect(await within(work).findByRole('cell', { name: '深圳市水务规划设计院' })).toBeVisible();
    expect(
      within(screen.getByRole('region', { name: '学历学位教育情况' })).getByText('未填报'),
    ).toBeVisible();
    expect(screen.queryByRole('textbox', { name: '姓名' })).not.toBeInTheDocument();

    const materials = screen.getByRole('list', { name: '申报材料' });
    const degree = within(materials).getByRole('listitem', { name: /最高学历/ });
    expect(within(degree).getByText('共 2 个文件')).toBeVisible();
    await user.click(within(degree).getByRole('button', { name: '查看 第1页.png' }));
    await user.click(await within(degree).findByRole('button', { name: /向右旋转/ }));
    await user.click(within(degree).getByRole('button', { name: /放大/ }));
    const image = degree.querySelector('img.file-viewer-image');
    expect(image).toHaveAttribute('alt', '第1页.png');
    expect(image).toHaveStyle({ transform: 'rotate(90deg) scale(1.5)' });
    expect(within(degree).getByText('150% · 旋转 90°')).toBeVisible();

    const summary = within(materials).getByRole('listitem', { name: '个人总结' });
    await user.click(within(summary).getByRole('button', { name: '查看 个人总结.pdf' }));
    expect(await within(summary).findByText('PDF，共 12 页')).toBeVisible();
    // Shown in the page, framed from a blob: URL (the CSP's frame-src allows exactly that).
    const frame = within(summary).getByTitle('PDF 预览：个人总结.pdf');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toMatch(/^blob:/);
    expect(within(summary).getByRole('link', { name: '在新窗口打开 个人总结.pdf' })).toHaveAttribute(
      'target',
      '_blank',
    );
    expect(within(summary).getByRole('link', { name: '下载 个人总结.pdf' })).toHaveAttribute(
      'download',
      '个人总结.pdf',
    );

    const history = await screen.findByRole('list', { name: '审核记录' });
    expect(within(history).getByText('意见：工作经历缺少2019年的证明')).toBeVisible();
  });

  it('shows only the decisions allowedActions names', async () => {
    openReview({ application: inReview({ status: 'submitted', allowedActions: ['start_review'] }) });
    expect(await screen.findByRole('button', { name: '开始审核' })).toBeVisible();
    expect(screen.queryByRole('button', { name: '审核通过' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '退回修改' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '审核不通过' })).not.toBeInTheDocument();
  });

  it('shows no decision at all when none is allowed', async () => {
    openReview({ application: inReview({ status: 'dept_review', allowedActions: [] }) });
    expect(await screen.findByText('当前状态下您没有可办理的操作。')).toBeVisible();
    expect(
      screen.queryByRole('button', { name: /开始审核|审核通过|退回修改|审核不通过/ }),
    ).not.toBeInTheDocument();
  });

  it('returns with the opinion, the checked sections and materials and the deadline, and goes back to the queue', async () => {
    const { user, transitions } = openReview({ url: `/dept/reviews/${appId}`, role: 'dept_reviewer' });
    // The queue it goes back to.
    server.use(
      http.get(api('/applications'), () =>
        HttpResponse.json({ items: [], nextCursor: null, total: 0 } satisfies z.infer<
          typeof applicationListSchema
        >),
      ),
      // Every status is a key of the counts (an empty byStatus would not parse).
      http.get(api('/applications/counts'), () => HttpResponse.json(queueCounts({}))),
      http.get(api('/cycles'), () => HttpResponse.json({ items: [openCycle] satisfies Cycle[] })),
      http.get(api('/catalog'), () => HttpResponse.json(catalog)),
    );
    await user.click(await screen.findByRole('button', { name: '退回修改' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '确认退回' }));
    expect(await within(dialog).findByText('退回修改须填写意见（理由）')).toBeVisible();
    expect(transitions).toHaveLength(0);

    await user.click(within(dialog).getByRole('textbox', { name: /意见/ }));
    await user.paste('请补充2019年工作证明，并更正论文清单');
    await user.click(within(dialog).getByRole('checkbox', { name: '4. 主要工作经历' }));
    await user.click(within(dialog).getByRole('checkbox', { name: '个人总结' }));
    fireEvent.change(within(dialog).getByLabelText(/修改期限/), { target: { value: '2026-12-20' } });
    await user.click(within(dialog).getByRole('button', { name: '确认退回' }));

    await waitFor(() => expect(transitions).toHaveLength(1));
    expect(transitions[0]?.body).toEqual({
      action: 'return',
      opinion: '请补充2019年工作证明，并更正论文清单',
      sections: ['workHistory'],
      materials: ['personal_summary'],
      correctBy: '2026-12-20',
    });
    expect(transitions[0]?.key).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/dept\/reviews$/));
  });

  it('refuses a rejection without an opinion', async () => {
    const { user, transitions } = openReview();
    await user.click(await screen.findByRole('button', { name: '审核不通过' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '确认不通过' }));
    expect(await within(dialog).findByText('审核不通过须填写意见（理由）')).toBeVisible();
    expect(transitions).toHaveLength(0);
  });

  it('shows the server’s Chinese detail when an approve is refused for want of 单位公示', async () => {
    const { user, transitions, answerWith } = openReview();
    answerWith(() =>
      problem(409, 'publicity_required', '须先完成单位公示', {
        detail: '须先登记不少于5个工作日的单位公示，公示期结束后才能审核通过',
      }),
    );
    await user.click(await screen.findByRole('textbox', { name: '审核意见（选填）' }));
    await user.paste('同意推荐');
    await user.click(screen.getByRole('button', { name: '审核通过' }));
    const confirm = await screen.findByRole('dialog');
    await user.click(within(confirm).getByRole('button', { name: '确认通过' }));
    expect(
      await screen.findByText('须先登记不少于5个工作日的单位公示，公示期结束后才能审核通过'),
    ).toBeVisible();
    expect(transitions[0]?.body).toEqual({ action: 'approve', opinion: '同意推荐' });
    expect(screen.getByTestId('location')).toHaveTextContent(`/unit/reviews/${appId}`);
  });

  it('reloads the application when someone else decided first (409)', async () => {
    const { user, answerWith, setApplication } = openReview();
    answerWith(() => {
      setApplication(inReview({ status: 'dept_review', allowedActions: [] }));
      return problem(409, 'invalid_transition', '当前状态不允许此操作');
    });
    await user.click(await screen.findByRole('button', { name: '审核通过' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '确认通过' }));
    expect(await screen.findByText(/申报状态已被他人更新/)).toBeVisible();
    expect(await screen.findByText('部门审核中')).toBeVisible();
    expect(screen.queryByRole('button', { name: '审核通过' })).not.toBeInTheDocument();
  });

  it('tags what changed since the return and shows only that on request', async () => {
    const sections = sectionList({ basicInfo: 'complete', workHistory: 'complete' }).map((s) => ({
      ...s,
      changedSinceReturn: s.key === 'workHistory',
    }));
    const materials = materialList(
      { personal_summary: { files: [materialFile(3, { category: 'personal_summary' })] } },
      { editable: false },
    );
    materials.categories = materials.categories.map((c) => ({
      ...c,
      changedSinceReturn: c.key === 'personal_summary',
    }));
    const { user } = openReview({ sections, materials });
    expect(await screen.findByText('退回修改后重新提交：修改了 1 个栏目、1 类材料。')).toBeVisible();
    const work = await screen.findByRole('region', { name: '主要工作经历' });
    expect(within(work).getByText('已修改')).toBeVisible();
    expect(within(screen.getByRole('region', { name: '基本申报信息' })).queryByText('已修改')).toBeNull();
    const summary = within(screen.getByRole('list', { name: '申报材料' })).getByRole('listitem', {
      name: '个人总结',
    });
    expect(within(summary).getByText('已修改')).toBeVisible();

    await user.click(screen.getByRole('switch', { name: '只看修改过的' }));
    expect(screen.queryByRole('region', { name: '基本申报信息' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: '主要工作经历' })).toBeVisible();
    expect(within(screen.getByRole('list', { name: '申报材料' })).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByTestId('location')).toHaveTextContent('changed=1');
  });

  it('is there only for the roles whose menu holds the queue', async () => {
    server.use(
      ...homeHandlers,
      http.get(api('/me'), () => HttpResponse.json(meFor('dept_reviewer'))),
    );
    renderApp(`/unit/reviews/${appId}`, { session: sessionFor('dept_reviewer') });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/dept$/));
    expect(screen.queryByRole('heading', { name: /申报高级工程师/ })).not.toBeInTheDocument();
  });
});

describe('the review page for the committee and the result publicity', { timeout: lazyRouteTimeout }, () => {
  const committeeReview = draftApplication({
    status: 'committee_review',
    submittedAt: '2026-03-10T02:00:00.000Z',
    allowedActions: ['committee_pass', 'committee_fail'],
  });

  /** The secretary of the application's committee, which has `expertCount` experts (from `/me`). */
  const secretaryWith = (expertCount: number | null): MeResponse => ({
    ...meFor('committee_secretary'),
    committee: { id: committeeReview.committeeId, name: committeeReview.names.committee, expertCount },
  });

  it('validates the votes of 评审通过 with the contract before sending them', async () => {
    const { user, transitions } = openReview({
      me: secretaryWith(9),
      application: committeeReview,
      role: 'committee_secretary',
      url: `/committee/results/${appId}`,
    });
    await screen.findByRole('heading', { name: '张三 申报高级工程师' }, { timeout: lazyRouteTimeout });
    expect(screen.getByRole('link', { name: '返回评审结果录入' })).toHaveAttribute(
      'href',
      '/committee/results',
    );
    expect(screen.queryByRole('button', { name: '审核通过' })).not.toBeInTheDocument();
    const pass = await screen.findByRole('button', { name: '评审通过' });
    await waitFor(() => expect(pass).toBeEnabled());
    await user.click(pass);
    const dialog = await screen.findByRole('dialog', { name: '评审通过：高级工程师' });
    expect(within(dialog).getByText('评委会专家 9 人，出席须不少于 6 人（三分之二）')).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: '确认评审通过' }));
    expect(await within(dialog).findAllByText('请填写票数')).toHaveLength(3);

    await enter(user, within(dialog).getByLabelText('出席专家人数'), '7');
    await enter(user, within(dialog).getByLabelText('赞成票'), '5');
    await enter(user, within(dialog).getByLabelText('反对票'), '1');
    await user.click(within(dialog).getByRole('button', { name: '确认评审通过' }));
    expect(await within(dialog).findByText('赞成、反对、弃权票数之和须等于出席专家人数')).toBeVisible();

    await user.clear(within(dialog).getByLabelText('赞成票'));
    await enter(user, within(dialog).getByLabelText('赞成票'), '4');
    await enter(user, within(dialog).getByLabelText('弃权票'), '2');
    await user.click(within(dialog).getByRole('button', { name: '确认评审通过' }));
    expect(
      await within(dialog).findByText(
        '评审通过须经出席专家三分之二以上同意（7 人出席至少 5 票赞成），本次赞成 4 票',
      ),
    ).toBeVisible();

    await user.clear(within(dialog).getByLabelText('出席专家人数'));
    await enter(user, within(dialog).getByLabelText('出席专家人数'), '5');
    // 4 + 1 + 0 = 5 present: the sum holds, the quorum of 9 experts does not.
    await user.clear(within(dialog).getByLabelText('弃权票'));
    await user.click(within(dialog).getByRole('button', { name: '确认评审通过' }));
    expect(
      await within(dialog).findByText(
        '出席专家须不少于评委会专家总数的三分之二（9 人中至少 6 人），本次 5 人',
      ),
    ).toBeVisible();
    expect(transitions).toEqual([]);

    await user.clear(within(dialog).getByLabelText('出席专家人数'));
    await enter(user, within(dialog).getByLabelText('出席专家人数'), '7');
    await user.clear(within(dialog).getByLabelText('赞成票'));
    await enter(user, within(dialog).getByLabelText('赞成票'), '5');
    await enter(user, within(dialog).getByLabelText('弃权票'), '1');
    await user.click(within(dialog).getByRole('button', { name: '确认评审通过' }));
    await waitFor(() => expect(transitions).toHaveLength(1));
    expect(transitions[0]?.body).toEqual({
      action: 'committee_pass',
      votes: { present: 7, for: 5, against: 1, abstain: 1 },
    });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/committee/results'));
  });

  it('shows the votes on the timeline and the result publicity with its decisions', async () => {
    const inPublicity = draftApplication({
      status: 'publicity',
      submittedAt: '2026-03-10T02:00:00.000Z',
      allowedActions: ['publicity_pass', 'publicity_fail'],
    });
    openReview({
      application: inPublicity,
      role: 'dept_reviewer',
      url: `/dept/publicity/${appId}`,
      timeline: [
        ...timeline,
        {
          id: 't-3',
          action: 'committee_pass',
          fromStatus: 'committee_review',
          toStatus: 'publicity',
          actorRole: 'committee_secretary',
          actorName: '周秘书',
          opinion: null,
          reasons: [],
          votes: { present: 9, for: 7, against: 1, abstain: 1 },
          snapshotSha256: null,
          at: '2026-06-01T02:00:00.000Z',
        },
      ],
    });
    const history = await screen.findByRole('list', { name: '审核记录' }, { timeout: lazyRouteTimeout });
    expect(await within(history).findByText('出席 9 人，赞成 7 票，反对 1 票，弃权 1 票')).toBeVisible();
    expect(screen.getByText('评审结果公示')).toBeVisible();
    expect(screen.getByRole('button', { name: '公示通过' })).toBeVisible();
    expect(screen.getByRole('button', { name: '公示未通过' })).toBeVisible();
    expect(screen.getByRole('link', { name: '返回审核列表' })).toHaveAttribute('href', '/dept/publicity');
  });
});
