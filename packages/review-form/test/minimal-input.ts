import { fullSampleInput } from '../src/bench-sample.js';
import type { ReviewFormInput, ReviewFormSections } from '../src/types.js';

/** The full sample's cover and dates with other sections, opinions and votes (none by default). */
export function minimalInput(
  sections: ReviewFormSections = {},
  overrides: Partial<ReviewFormInput> = {},
): ReviewFormInput {
  return {
    ...fullSampleInput('final'),
    photo: null,
    sections,
    opinions: [],
    votes: null,
    ...overrides,
  };
}
