import type { Application, ApplicationListItem, Catalog, Cycle } from '@zhicheng/contracts';
import { innovativeConditions, levels } from '@zhicheng/contracts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const ids = {
  engineering: id(1),
  health: id(2),
  hydrology: id(11),
  hydraulic: id(12),
  roads: id(13),
  architecture: id(14),
  clinical: id(21),
  seniorEngineer: id(31),
  engineer: id(32),
  professorEngineer: id(33),
  associateDoctor: id(34),
  water: id(41),
  transport: id(42),
  waterCommittee: id(51),
  roadsA: id(52),
  roadsB: id(53),
  healthCommittee: id(54),
  cycle: id(61),
  application: id(71),
} as const;

/** A small catalogue: one committee for 水利 副高级, two for 道路桥梁 副高级, none for 中级. */
export const catalog = {
  levels: [...levels],
  series: [
    {
      id: ids.engineering,
      code: 'GC',
      name: '工程技术',
      specialties: [
        { id: ids.hydrology, name: '水文水资源', group: '水利' },
        { id: ids.hydraulic, name: '水工结构', group: '水利' },
        { id: ids.roads, name: '道路桥梁', group: '交通' },
        { id: ids.architecture, name: '建筑学', group: null },
      ],
      qualifications: [
        { id: ids.engineer, level: '中级', name: '工程师' },
        { id: ids.seniorEngineer, level: '副高级', name: '高级工程师' },
        { id: ids.professorEngineer, level: '正高级', name: '正高级工程师' },
      ],
    },
    {
      id: ids.health,
      code: 'WS',
      name: '卫生技术',
      specialties: [{ id: ids.clinical, name: '临床医学', group: null }],
      qualifications: [{ id: ids.associateDoctor, level: '副高级', name: '副主任医师' }],
    },
  ],
  departments: [
    { id: ids.water, name: '深圳市水务局' },
    { id: ids.transport, name: '深圳市交通运输局' },
  ],
  committees: [
    {
      id: ids.waterCommittee,
      code: 'SL',
      name: '深圳市水利水电专业高级专业技术资格评审委员会',
      departmentId: ids.water,
      seriesId: ids.engineering,
      levels: ['副高级', '正高级'],
      specialtyIds: [ids.hydrology, ids.hydraulic],
      pilot: true,
    },
    {
      id: ids.roadsA,
      code: 'JT-A',
      name: '交通高级评委会（一）',
      departmentId: ids.transport,
      seriesId: ids.engineering,
      levels: ['副高级'],
      specialtyIds: [ids.roads],
      pilot: false,
    },
    {
      id: ids.roadsB,
      code: 'JT-B',
      name: '交通高级评委会（二）',
      departmentId: ids.transport,
      seriesId: ids.engineering,
      levels: ['副高级'],
      specialtyIds: [ids.roads],
      pilot: false,
    },
    {
      id: ids.healthCommittee,
      code: 'WS',
      name: '卫生高级评委会',
      departmentId: ids.water,
      seriesId: ids.health,
      levels: ['副高级'],
      specialtyIds: [],
      pilot: false,
    },
  ],
  innovativeConditions: innovativeConditions.map((c) => ({ ...c })),
} satisfies Catalog;

export const openCycle = {
  id: ids.cycle,
  name: '2026年度专业技术资格评审',
  year: 2026,
  opensAt: '2026-01-01T00:00:00.000Z',
  closesAt: '2026-12-31T00:00:00.000Z',
  open: true,
  unitPublicityRequired: true,
} satisfies Cycle;

export function draftApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: ids.application,
    cycleId: ids.cycle,
    status: 'draft',
    outcome: null,
    track: 'normal',
    applyType: 'normal',
    innovativeCondition: null,
    seriesId: ids.engineering,
    specialtyId: ids.hydrology,
    level: '副高级',
    qualificationId: ids.seniorEngineer,
    committeeId: ids.waterCommittee,
    departmentId: ids.water,
    names: {
      cycle: openCycle.name,
      series: '工程技术',
      specialty: '水文水资源',
      qualification: '高级工程师',
      committee: '深圳市水利水电专业高级专业技术资格评审委员会',
      department: '深圳市水务局',
      unit: '深圳市示范水务工程设计院',
    },
    applicant: { id: 'u-applicant', name: '张三' },
    unitId: 'unit-1',
    submittedAt: null,
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-01T02:00:00.000Z',
    version: 1,
    allowedActions: ['submit', 'cancel'],
    ...overrides,
  };
}

/** A row of `GET /applications`: the application plus what the reviewers' tables show. */
export function listItem(application: Application): ApplicationListItem {
  return {
    ...application,
    applicant: {
      ...application.applicant,
      username: 'applicant01',
      idNumberMasked: '110105********1234',
    },
    unitName: '深圳市示范水务工程设计院',
    unitPublicity: null,
    resultPublicity: null,
  };
}
