import { formatDate } from '../format/dates.js';
import type { ReviewFormOpinion, ReviewFormVotes } from '../types.js';
import { cell, emptyRow, row } from './cells.js';
import type { Flow } from './flow.js';
import { BORDER, CONTENT_WIDTH, SHADE } from './page.js';
import { lineHeight } from './wrap.js';

const PROMISE =
  '本人承诺：以上所填报的各项信息及提交的全部申报材料均真实、准确、完整，不存在弄虚作假、' +
  '隐瞒事实等情况。如有不实，本人愿承担由此产生的一切后果，并接受有关部门依法依规作出的处理。';

/** The applicant's 材料真实性承诺, signed and dated by hand on the printed form. */
export function layoutCommitment(flow: Flow): void {
  const box = cell(
    CONTENT_WIDTH,
    [
      { text: PROMISE },
      { text: '申报人签名：____________　　日期：______年____月____日', align: 'right', gapBefore: 18 },
    ],
    { padX: 8 },
  );
  flow.table({ title: '材料真实性承诺', rows: [row([box], { padY: 8, keep: true })] });
}

const OPINION_LABEL = 96;

/**
 * The unit's and the department's opinions, in the order they were given: the stage on the left;
 * decision, opinion, reviewer and date on the right. The heading stays with the first opinion.
 */
export function layoutOpinions(flow: Flow, opinions: ReviewFormOpinion[]): void {
  const rows = opinions.map((o) =>
    row(
      [
        cell(OPINION_LABEL, o.stageLabel, { font: 'bold', shade: SHADE }),
        cell(CONTENT_WIDTH - OPINION_LABEL, [
          { text: `审核结果：${o.decisionLabel}` },
          { text: `审核意见：${o.opinion?.trim() || '无'}`, gapBefore: 2 },
          {
            text: `${o.reviewerName ? `审核人：${o.reviewerName}　　` : ''}日期：${formatDate(o.at)}`,
            align: 'right',
            gapBefore: 6,
          },
        ]),
      ],
      { padY: 6, keep: true },
    ),
  );
  flow.table({ title: '审核意见', rows: rows.length > 0 ? rows : [emptyRow(CONTENT_WIDTH)] });
}

const SEAL_HEIGHT = 110;
const SEAL_PAD = 8;

/** Where the unit's head signs and the unit's seal goes, on paper: a heading, room, then the signature lines. */
export function layoutUnitSeal(flow: Flow): void {
  const box = cell(CONTENT_WIDTH, [{ text: '所在单位意见', font: 'bold' }], { padX: SEAL_PAD });
  const inner = SEAL_HEIGHT - 2 * SEAL_PAD - 2 * BORDER;
  const lh = lineHeight(9);
  const sign = cell(
    CONTENT_WIDTH,
    [
      { text: '单位负责人签名：____________　　（单位盖章）' },
      { text: '日期：______年____月____日', gapBefore: 6 },
    ],
    { padX: SEAL_PAD, align: 'right' },
  );
  const shift = inner - 2 * lh - 6;
  box.lines.push(...sign.lines.map((l) => ({ ...l, dy: l.dy + shift })));
  flow.table({ marginTop: 8, rows: [row([box], { padY: SEAL_PAD, minHeight: SEAL_HEIGHT, keep: true })] });
}

/** The committee meeting's vote summary: 出席, 同意, 反对, 弃权 and the meeting date. */
export function layoutVotes(flow: Flow, votes: ReviewFormVotes): void {
  const cells: Array<[string, string]> = [
    ['出席', votes.present === null ? '—' : `${votes.present} 人`],
    ['同意', `${votes.for} 票`],
    ['反对', `${votes.against} 票`],
    ['弃权', `${votes.abstain} 票`],
    ['会议日期', votes.meetingDate ? formatDate(votes.meetingDate) : '—'],
  ];
  const width = CONTENT_WIDTH / cells.length;
  flow.table({
    title: '评委会评审表决结果',
    rows: [
      row(
        cells.map(([label]) => cell(width, label, { font: 'bold', shade: SHADE, align: 'center' })),
        { keep: true },
      ),
      row(
        cells.map(([, value]) => cell(width, value, { align: 'center' })),
        { keep: true },
      ),
    ],
  });
}
