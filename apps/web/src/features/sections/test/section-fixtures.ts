import { type SectionStatus, sectionDefinitions } from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { meFor } from '../../../test/fixtures';
import { api, server } from '../../../test/server';
import { catalog, draftApplication, ids } from '../../applications/test/catalog-fixture';
import type { Section } from '../api/get-section';
import type { SectionSummary } from '../api/get-sections';

export const appId = ids.application;

/** The 23 rows of the list; basic info saved (so every section available) unless said otherwise. */
export function sectionList(
  statuses: Partial<Record<string, SectionStatus>> = {},
  basicSaved = true,
): SectionSummary[] {
  return sectionDefinitions.map((s) => ({
    no: s.no,
    key: s.key,
    title: s.title,
    kind: s.kind,
    requiredForSubmit: s.requiredForSubmit,
    status: statuses[s.key] ?? 'empty',
    version: statuses[s.key] ? 1 : 0,
    updatedAt: statuses[s.key] ? '2026-03-02T02:00:00.000Z' : null,
    available: basicSaved || s.key === 'basicInfo',
    needsReview: false,
  }));
}

export function sectionResponse(key: string, overrides: Partial<Section> = {}): Section {
  const definition = sectionDefinitions.find((s) => s.key === key);
  return {
    key,
    title: definition?.title ?? key,
    status: 'empty',
    version: 0,
    updatedAt: null,
    editable: true,
    data: definition?.kind === 'list' ? [] : {},
    errors: [],
    ...overrides,
  };
}

/** The applicant, the application, the catalogue and the section list, as the section pages load them. */
export function serveApplicantApi(
  options: { list?: SectionSummary[]; application?: ReturnType<typeof draftApplication> } = {},
) {
  server.use(
    http.get(api('/me'), () => HttpResponse.json(meFor('applicant'))),
    http.get(api('/catalog'), () => HttpResponse.json(catalog)),
    http.get(api(`/applications/${appId}`), () =>
      HttpResponse.json(options.application ?? draftApplication()),
    ),
    http.get(api(`/applications/${appId}/sections`), () =>
      HttpResponse.json({ items: options.list ?? sectionList() }),
    ),
  );
}
