/**
 * Examples of the main integrator-facing schemas, attached with `.meta({ examples })` so the OpenAPI
 * document shows realistic bodies. The schema modules import these values, so this file imports nothing
 * from them (zod does not type-check `examples`): openapi-examples.test.ts parses each with its schema,
 * and the API's openapi-document test validates each against docs/openapi.json.
 */

const ids = {
  application: '6f1d2c3b-4a5e-4f70-8a91-b2c3d4e5f601',
  cycle: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e02',
  series: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f03',
  specialty: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a04',
  qualification: '4f5a6b7c-8d9e-4f0a-9b2c-3d4e5f6a7b05',
  committee: '5a6b7c8d-9e0f-4a1b-8c3d-4e5f6a7b8c06',
  department: '6b7c8d9e-0f1a-4b2c-9d4e-5f6a7b8c9d07',
  unit: '7c8d9e0f-1a2b-4c3d-8e5f-6a7b8c9d0e08',
  applicant: '8d9e0f1a-2b3c-4d4e-9f6a-7b8c9d0e1f09',
  apiKey: '9e0f1a2b-3c4d-4e5f-8a7b-8c9d0e1f2a10',
  webhook: '0f1a2b3c-4d5e-4f6a-9b8c-9d0e1f2a3b11',
  event: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c12',
  notification: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d13',
} as const;

/** An application in 单位审核中, as the unit admin (or a unit key with `applications:read`) reads it. */
export const applicationExample = {
  id: ids.application,
  cycleId: ids.cycle,
  status: 'unit_review',
  outcome: null,
  track: 'normal',
  applyType: 'normal',
  innovativeCondition: null,
  seriesId: ids.series,
  specialtyId: ids.specialty,
  level: '副高级',
  qualificationId: ids.qualification,
  committeeId: ids.committee,
  departmentId: ids.department,
  names: {
    cycle: '2026年度专业技术资格评审',
    series: '工程技术',
    specialty: '水文水资源',
    qualification: '高级工程师',
    committee: '深圳市水务工程技术高级职称评审委员会',
    department: '深圳市水务局',
    unit: '深圳市示范水务工程设计院',
  },
  applicant: { id: ids.applicant, name: '张三' },
  unitId: ids.unit,
  submittedAt: '2026-05-06T02:15:00.000Z',
  createdAt: '2026-04-28T01:03:00.000Z',
  updatedAt: '2026-05-07T06:40:00.000Z',
  version: 7,
  allowedActions: ['approve', 'return', 'reject'],
  correction: null,
};

export const applicationListItemExample = {
  ...applicationExample,
  applicant: {
    id: ids.applicant,
    name: '张三',
    username: 'zhangsan01',
    idNumberMasked: '110105********002X',
  },
  unitName: '深圳市示范水务工程设计院',
  unitPublicity: null,
  resultPublicity: null,
};

/** A first page of two: pass `nextCursor` back as `?cursor=` for the next. */
export const applicationListExample = {
  items: [applicationListItemExample],
  nextCursor: 'eyJzIjoiMjAyNi0wNS0wNlQwMjoxNTowMC4wMDBaIiwiaWQiOiI2ZjFkMmMzYiJ9',
  total: 2,
};

export const transitionRequestExamples = [
  { action: 'start_review' },
  { action: 'approve', opinion: '经审核，情况属实，同意推荐。' },
  {
    action: 'return',
    opinion: '工作经历缺少2019年以后的任职时间，请补充并重新上传最高学历证书。',
    sections: ['workHistory'],
    materials: ['highest_degree'],
    correctBy: '2026-05-20',
  },
  { action: 'committee_pass', votes: { present: 11, for: 9, against: 1, abstain: 1 } },
];

export const problemExamples = [
  {
    type: 'https://zhicheng.dev/problems/validation-failed',
    title: '提交的数据有误',
    status: 400,
    detail: '请检查标记的字段',
    code: 'validation_failed',
    errors: [{ path: 'idNumber', message: '身份证号校验位不正确' }],
    requestId: 'a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  },
  {
    type: 'https://zhicheng.dev/problems/invalid-transition',
    title: '当前状态不允许此操作',
    status: 409,
    detail: '申报当前状态为“单位审核中”，不能开始审核',
    code: 'invalid_transition',
    requestId: 'b4e2d3c5-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  },
];

export const apiKeyCreateExample = {
  name: '人事系统同步',
  scopes: ['applications:read', 'applicants:write'],
  expiresAt: '2027-01-01T00:00:00+08:00',
};

/** `key` is shown in this response only; store it like a password. */
export const apiKeyCreatedExample = {
  id: ids.apiKey,
  name: '人事系统同步',
  prefix: 'zck_7Qm2XvA9',
  ownerKind: 'unit',
  unitId: ids.unit,
  scopes: ['applications:read', 'applicants:write'],
  createdAt: '2026-05-08T03:00:00.000Z',
  lastUsedAt: null,
  expiresAt: '2026-12-31T16:00:00.000Z',
  revokedAt: null,
  key: 'zck_7Qm2XvA9kR4tY8uP1sD6fG3hJ5lZ0xC2vB7nM9qW4eT',
};

export const webhookCreateExample = {
  url: 'https://hr.example.com/hooks/zhicheng',
  events: ['application.status_changed'],
  description: '人事系统：申报状态变化',
};

/** `secret` is shown in this response only: it keys the `X-Zhicheng-Signature` HMAC. */
export const webhookCreatedExample = {
  id: ids.webhook,
  url: 'https://hr.example.com/hooks/zhicheng',
  events: ['application.status_changed'],
  description: '人事系统：申报状态变化',
  ownerKind: 'unit',
  unitId: ids.unit,
  createdAt: '2026-05-08T03:05:00.000Z',
  secret: 'whsec_mB3xk2Qv9Zr7T1sWn5Lp0yHc4Jd8Fg6Ae2Ui7Ko1Rq0',
};

/** The body of a delivery: the event's `id` stays the same across retries (de-duplicate by it). */
export const webhookEnvelopeExample = {
  id: ids.event,
  type: 'application.status_changed',
  occurredAt: '2026-05-07T06:40:00.000Z',
  data: {
    applicationId: ids.application,
    cycleId: ids.cycle,
    unitId: ids.unit,
    departmentId: ids.department,
    committeeId: ids.committee,
    applicant: { id: ids.applicant, name: '张三' },
    action: 'start_review',
    fromStatus: 'submitted',
    toStatus: 'unit_review',
    outcome: null,
    actorRole: 'unit_admin',
    opinion: null,
    correction: null,
  },
};

/** Rows are file lines (the header is line 1). */
export const applicantImportReportExample = {
  created: 2,
  skipped: 1,
  errors: [{ row: 5, message: '身份证号校验位不正确' }],
  accounts: [
    { row: 2, username: 'zhangsan01', name: '张三', initialPassword: 'Kp7-mX4q-Tz9w' },
    { row: 3, username: 'lisi02', name: '李四', initialPassword: 'Rb3-nV8s-Hc2y' },
  ],
  skippedRows: [{ row: 4, username: 'wangwu' }],
};

export const notificationExample = {
  id: ids.notification,
  kind: 'application_returned',
  title: '申报被退回修改',
  body: '您的“高级工程师”申报被单位退回修改：工作经历缺少2019年以后的任职时间。请于2026-05-20前修改后重新提交。',
  applicationId: ids.application,
  createdAt: '2026-05-07T06:40:00.000Z',
  readAt: null,
};
