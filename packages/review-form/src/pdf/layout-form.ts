import { sectionDefinitions } from '@zhicheng/contracts';
import { formatDate } from '../format/dates.js';
import type { ReviewFormInput } from '../types.js';
import { layoutCommitment, layoutOpinions, layoutUnitSeal, layoutVotes } from './closing.js';
import { layoutCover } from './cover.js';
import { Flow } from './flow.js';
import type { Page } from './ops.js';
import { layoutSection } from './sections.js';

/**
 * The whole 评审表 laid out into pages, before anything is drawn. Its sections come from the
 * contracts' definitions, so a field added there appears here with no edit. The cover, then the 23
 * sections from a new page, then the commitment, the opinions, the unit's seal and the committee's
 * votes; the footer and the watermark are added when drawing, once the page total is known.
 */
export function layoutReviewForm(input: ReviewFormInput, qrCode: Buffer | null): Page[] {
  const flow = new Flow();
  const verification = input.mode === 'final' && input.verification && qrCode ? input.verification : null;
  layoutCover(flow, {
    cover: input.cover,
    photo: input.photo,
    verification: verification && qrCode ? { ...verification, qrCode } : null,
    generatedDate: formatDate(input.generatedAt),
  });
  flow.newPage();
  for (const section of sectionDefinitions) layoutSection(flow, section, input.sections[section.key]);
  layoutCommitment(flow);
  layoutOpinions(flow, input.opinions);
  layoutUnitSeal(flow);
  if (input.votes) layoutVotes(flow, input.votes);
  return flow.pages;
}
