import type { ApplicationAction, ApplicationStatus, Outcome } from './status-machine.js';

/** The locales the web app offers; Chinese is the default and the language of API messages. */
export const uiLocales = ['zh-CN', 'en-US'] as const;
export type UiLocale = (typeof uiLocales)[number];

/**
 * The one source of every status and action name, in both locales: API error messages use zh-CN, the
 * web app feeds both into i18next (tags, timeline, buttons) instead of keeping copies in its JSON files.
 */
export const statusLabelsByLocale: Record<UiLocale, Record<ApplicationStatus, string>> = {
  'zh-CN': {
    draft: '填报中',
    returned: '退回修改',
    submitted: '待单位审核',
    unit_review: '单位审核中',
    dept_review: '部门审核中',
    committee_review: '评委会评审中',
    publicity: '公示中',
    approved: '评审通过',
    rejected: '未通过',
    cancelled: '已撤销',
  },
  'en-US': {
    draft: 'Draft',
    returned: 'Returned for correction',
    submitted: 'Awaiting unit review',
    unit_review: 'In unit review',
    dept_review: 'In department review',
    committee_review: 'In committee review',
    publicity: 'In publicity',
    approved: 'Approved',
    rejected: 'Not approved',
    cancelled: 'Cancelled',
  },
};

export const actionLabelsByLocale: Record<UiLocale, Record<ApplicationAction, string>> = {
  'zh-CN': {
    submit: '提交单位审核',
    withdraw: '撤回',
    cancel: '撤销',
    reapply: '重新申报',
    start_review: '开始审核',
    approve: '审核通过',
    return: '退回修改',
    reject: '审核不通过',
    committee_pass: '评审通过',
    committee_fail: '评审未通过',
    publicity_pass: '公示通过',
    publicity_fail: '公示未通过',
  },
  'en-US': {
    submit: 'Submit to the unit',
    withdraw: 'Withdraw',
    cancel: 'Cancel',
    reapply: 'Re-apply',
    start_review: 'Start review',
    approve: 'Approve',
    return: 'Return for correction',
    reject: 'Reject',
    committee_pass: 'Pass (committee)',
    committee_fail: 'Fail (committee)',
    publicity_pass: 'Pass publicity',
    publicity_fail: 'Fail publicity',
  },
};

/** Why a `rejected` application ended where it did. */
export const outcomeLabelsByLocale: Record<UiLocale, Record<Outcome, string>> = {
  'zh-CN': {
    unit_rejected: '单位审核不通过',
    dept_rejected: '部门审核不通过',
    committee_failed: '评委会评审未通过',
    publicity_failed: '公示未通过',
  },
  'en-US': {
    unit_rejected: 'Rejected by the unit',
    dept_rejected: 'Rejected by the department',
    committee_failed: 'Failed by the committee',
    publicity_failed: 'Failed publicity',
  },
};

/** zh-CN names, for API messages (problem titles and details are Chinese). */
export const statusLabels = statusLabelsByLocale['zh-CN'];
export const actionLabels = actionLabelsByLocale['zh-CN'];
export const outcomeLabels = outcomeLabelsByLocale['zh-CN'];
