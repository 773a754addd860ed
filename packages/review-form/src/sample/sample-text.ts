/** Phrases of a plausible self-evaluation, with the punctuation the line breaker must handle. */
const PHRASES = [
  '本人自参加工作以来，始终坚持理论学习与工程实践相结合',
  '主持完成了多项市级重点水务工程的设计与技术审查工作',
  '在项目中负责（方案比选、结构计算及施工图审查）等关键环节',
  '编制的《城市排水管网技术导则》被行业主管部门采纳推广',
  '积极参与技术标准修订；指导青年技术人员开展专题研究',
  '获得省部级科技进步奖两项、市级奖励三项',
  '发表核心期刊论文五篇，其中两篇被收录',
  '今后将继续钻研业务、提升专业能力，为深圳水务事业贡献力量',
];

/**
 * Deterministic Chinese text of exactly `length` characters with no spaces or line breaks (the
 * longest textarea holds 2,000): sentences end with 。, so lines start and end next to punctuation.
 */
export function longChineseText(length: number, seed = 0): string {
  let text = '';
  for (let i = seed; text.length < length; i += 1) text += `${PHRASES[i % PHRASES.length]}。`;
  return [...text].slice(0, length).join('');
}
