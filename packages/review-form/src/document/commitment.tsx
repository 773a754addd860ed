import { Text, View } from '@react-pdf/renderer';
import { BlockTitle } from './section-block.js';
import { BORDER, BORDER_COLOR } from './styles.js';

const PROMISE =
  '本人承诺：以上所填报的各项信息及提交的全部申报材料均真实、准确、完整，不存在弄虚作假、' +
  '隐瞒事实等情况。如有不实，本人愿承担由此产生的一切后果，并接受有关部门依法依规作出的处理。';

/** The applicant's 材料真实性承诺, signed and dated by hand on the printed form. */
export function Commitment() {
  return (
    <View wrap={false}>
      <BlockTitle text="材料真实性承诺" />
      <View style={{ borderWidth: BORDER, borderColor: BORDER_COLOR, padding: 8 }}>
        <Text>{PROMISE}</Text>
        <Text style={{ marginTop: 18, textAlign: 'right' }}>
          申报人签名：____________　　日期：______年____月____日
        </Text>
      </View>
    </View>
  );
}
