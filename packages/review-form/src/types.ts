/** What goes on the cover: the qualification chosen in step 1 and who applies, as Chinese names. */
export interface ReviewFormCover {
  applicantName: string;
  unitName: string;
  /** 申报系列 */
  series: string;
  /** 申报专业 */
  specialty: string;
  /** 申报级别 */
  level: string;
  /** 专技资格名称 */
  qualification: string;
  /** 评委会 */
  committee: string;
  /** 日常工作部门 */
  department: string;
  /** e.g. 普通申报（正常申报）, 创新型人才申报 */
  trackLabel?: string | null;
  /** e.g. 2026年度专业技术资格评审 */
  cycleName?: string | null;
}

export interface ReviewFormPhoto {
  data: Buffer;
  format: 'jpg' | 'png';
}

/** One row per section field: single sections are an object of values, list sections an array of rows. */
export type SectionValues = Record<string, unknown>;
export type ReviewFormSections = Record<string, SectionValues | SectionValues[] | null | undefined>;

/** A reviewer's decision as printed (单位审核意见, 部门审核意见, ...). */
export interface ReviewFormOpinion {
  stageLabel: string;
  decisionLabel: string;
  opinion: string | null;
  reviewerName?: string | null;
  /** ISO 8601; printed as the date in China Standard Time. */
  at: string;
}

/** The committee meeting's vote; `present` is null on records from before it was kept. */
export interface ReviewFormVotes {
  present: number | null;
  for: number;
  against: number;
  abstain: number;
  /** ISO 8601 date or date-time */
  meetingDate?: string | null;
}

export interface ReviewFormVerification {
  code: string;
  url: string;
}

export interface ReviewFormInput {
  /** `preview` is watermarked 预览 仅供核对; `final` carries the verification code and QR code. */
  mode: 'preview' | 'final';
  cover: ReviewFormCover;
  photo?: ReviewFormPhoto | null;
  /** Keyed by section key; a missing key or null prints 无. */
  sections: ReviewFormSections;
  opinions: ReviewFormOpinion[];
  votes?: ReviewFormVotes | null;
  /** Printed only in `final` mode. */
  verification?: ReviewFormVerification | null;
  /** ISO 8601; the PDF's creation and modification date, so the same input gives the same bytes. */
  generatedAt: string;
}
