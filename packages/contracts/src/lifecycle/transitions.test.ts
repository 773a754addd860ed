import { describe, expect, it } from 'vitest';
import { opinionRequired } from '../status/status-machine.js';
import { transitionActions, transitionRequestSchema } from './transitions.js';

const issues = (body: unknown) => {
  const parsed = transitionRequestSchema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('transition requests', () => {
  it('accepts every action of the endpoint with its minimal payload, except those that must say why', () => {
    const needOpinion = transitionActions.filter((action) => issues({ action }).length > 0);
    expect(needOpinion).toEqual(['return', 'reject', 'committee_pass', 'committee_fail', 'publicity_fail']);
    // The schema and the status machine agree on who must say why (the committee must send its votes).
    expect(needOpinion.filter((a) => !a.startsWith('committee_'))).toEqual(
      transitionActions.filter(opinionRequired),
    );
    expect(transitionActions).not.toContain('reapply');
  });

  it('asks for an opinion on return and reject, missing or blank, in Chinese', () => {
    expect(issues({ action: 'return' })).toEqual(['opinion: 退回修改须填写意见（理由）']);
    expect(issues({ action: 'reject', opinion: '   ' })).toEqual(['opinion: 审核不通过须填写意见（理由）']);
    expect(issues({ action: 'return', opinion: '缺少学历证书' })).toEqual([]);
  });

  it('takes votes only with the committee result', () => {
    const votes = { present: 6, for: 5, against: 1 };
    expect(issues({ action: 'approve', votes })).toEqual(['votes: 只有评委会评审结果可以填写表决票数']);
    const parsed = transitionRequestSchema.parse({ action: 'committee_pass', votes });
    expect(parsed).toEqual({
      action: 'committee_pass',
      votes: { present: 6, for: 5, against: 1, abstain: 0 },
    });
    expect(issues({ action: 'committee_fail', votes: { present: 7, for: 1, against: 1 } })).toEqual([
      'votes.present: 赞成、反对、弃权票数之和须等于出席专家人数',
    ]);
  });

  it('refuses an unknown action and an overlong opinion', () => {
    expect(issues({ action: 'reapply' })).toHaveLength(1);
    expect(issues({ action: 'approve', opinion: '意'.repeat(501) })).toEqual(['opinion: 意见不超过500字']);
  });
});

// Compile-time: actions that need no opinion can be sent without one.
const _submit: import('./transitions.js').TransitionRequest = { action: 'submit' };
void _submit;
