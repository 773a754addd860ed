export const reviewerKeys = {
  all: ['reviewers'] as const,
  list: (params: ReviewerListParams) => ['reviewers', 'list', params] as const,
};

export interface ReviewerListParams {
  role?: 'dept_reviewer' | 'committee_secretary';
  q?: string;
  page: number;
  pageSize: number;
}
