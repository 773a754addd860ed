export { fullSampleInput } from './bench-sample.js';
export { fontFiles, loadFonts, registerFonts } from './fonts/fonts.js';
export { renderReviewForm } from './render.js';
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
