export { fullSampleInput } from './bench-sample.js';
export { FONT_FAMILY, fontFiles, registerFonts } from './fonts/register-fonts.js';
export { renderReviewForm } from './render.js';
export { hyphenationCallback } from './text/hyphenation.js';
export { lineBreakSegments } from './text/line-break.js';
export type {
  ReviewFormCover,
  ReviewFormInput,
  ReviewFormOpinion,
  ReviewFormPhoto,
  ReviewFormSections,
  ReviewFormVerification,
  ReviewFormVotes,
  SectionValues,
} from './types.js';
export type { ReviewFormWorkerInput } from './worker.js';
