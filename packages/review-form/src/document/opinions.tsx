import { Text, View } from '@react-pdf/renderer';
import { formatDate } from '../format/dates.js';
import type { ReviewFormOpinion } from '../types.js';
import { Cell } from './cell.js';
import { BlockTitle, EmptyBlock } from './section-block.js';
import { BORDER, BORDER_COLOR, CONTENT_WIDTH, styles } from './styles.js';

const LABEL = 96;

/** One reviewer's decision: the stage on the left; decision, opinion, reviewer and date on the right. */
function OpinionRow({ opinion, first }: { opinion: ReviewFormOpinion; first: boolean }) {
  const signedBy = opinion.reviewerName ? `审核人：${opinion.reviewerName}　　` : '';
  return (
    <View style={[styles.row, first ? styles.firstRow : {}]} wrap={false}>
      <Cell width={LABEL} text={opinion.stageLabel} style={[styles.labelCell, { paddingVertical: 6 }]} />
      <View style={[styles.cell, { width: CONTENT_WIDTH - LABEL, paddingVertical: 6 }]}>
        <Text>审核结果：{opinion.decisionLabel}</Text>
        <Text style={{ marginTop: 2 }}>审核意见：{opinion.opinion?.trim() || '无'}</Text>
        <Text style={{ marginTop: 6, textAlign: 'right' }}>
          {signedBy}日期：{formatDate(opinion.at)}
        </Text>
      </View>
    </View>
  );
}

/**
 * The unit's and the department's opinions, in the order they were given. The heading stays with
 * the first opinion; a long history of returns and resubmissions may run on over the next page.
 */
export function Opinions({ opinions }: { opinions: ReviewFormOpinion[] }) {
  const [first, ...rest] = opinions;
  if (!first) return <EmptyBlock title="审核意见" />;
  const key = (o: ReviewFormOpinion) => `${o.stageLabel}-${o.at}`;
  return (
    <>
      <View wrap={false}>
        <BlockTitle text="审核意见" />
        <View style={styles.table}>
          <OpinionRow opinion={first} first />
        </View>
      </View>
      <View style={styles.table}>
        {rest.map((opinion) => (
          <OpinionRow key={key(opinion)} opinion={opinion} first={false} />
        ))}
      </View>
    </>
  );
}

/** Where the unit's head signs and the unit's seal goes, on paper. */
export function UnitSealBlock() {
  return (
    <View
      style={{ borderWidth: BORDER, borderColor: BORDER_COLOR, marginTop: 8, padding: 8, height: 110 }}
      wrap={false}
    >
      <Text style={{ fontWeight: 700 }}>所在单位意见</Text>
      <View style={{ flexGrow: 1 }} />
      <Text style={{ textAlign: 'right' }}>单位负责人签名：____________　　（单位盖章）</Text>
      <Text style={{ textAlign: 'right', marginTop: 6 }}>日期：______年____月____日</Text>
    </View>
  );
}
