import {
  type SectionStatus,
  sectionDefinitions,
  type sectionListSchema,
  sectionResponseSchema,
} from '@zhicheng/contracts';
import { HttpResponse, http } from 'msw';
import { z } from 'zod';
import { catalog, draftApplication, ids } from './application-fixtures';
import { meFor } from './fixtures';
import { api, server } from './server';

/** A row of `GET /applications/{id}/sections`. */
export type SectionSummary = z.infer<typeof sectionListSchema>['items'][number];
const sectionSchema = sectionResponseSchema(
  z.union([z.record(z.string(), z.unknown()), z.array(z.record(z.string(), z.unknown()))]),
);
/** `GET /applications/{id}/sections/{key}`, its data only shaped as an object or a list of rows. */
export type Section = z.infer<typeof sectionSchema>;

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
    toCorrect: false,
    changedSinceReturn: null,
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
      HttpResponse.json({ items: options.list ?? sectionList() } satisfies z.infer<typeof sectionListSchema>),
    ),
  );
}
