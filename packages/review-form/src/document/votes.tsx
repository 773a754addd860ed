import { View } from '@react-pdf/renderer';
import { formatDate } from '../format/dates.js';
import type { ReviewFormVotes } from '../types.js';
import { Cell } from './cell.js';
import { BlockTitle } from './section-block.js';
import { CONTENT_WIDTH, styles } from './styles.js';

/** The committee meeting's vote summary: 出席, 同意, 反对, 弃权 and the meeting date. */
export function VoteSummary({ votes }: { votes: ReviewFormVotes }) {
  const cells: Array<[string, string]> = [
    ['出席', votes.present === null ? '—' : `${votes.present} 人`],
    ['同意', `${votes.for} 票`],
    ['反对', `${votes.against} 票`],
    ['弃权', `${votes.abstain} 票`],
    ['会议日期', votes.meetingDate ? formatDate(votes.meetingDate) : '—'],
  ];
  const width = CONTENT_WIDTH / cells.length;
  return (
    <View wrap={false}>
      <BlockTitle text="评委会评审表决结果" />
      <View style={styles.table}>
        <View style={[styles.row, styles.firstRow]}>
          {cells.map(([label]) => (
            <Cell
              key={label}
              width={width}
              text={label}
              style={[styles.labelCell, { textAlign: 'center' }]}
            />
          ))}
        </View>
        <View style={styles.row}>
          {cells.map(([label, value]) => (
            <Cell key={label} width={width} text={value} style={{ textAlign: 'center' }} />
          ))}
        </View>
      </View>
    </View>
  );
}
