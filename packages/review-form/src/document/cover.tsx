import { Image, Text, View } from '@react-pdf/renderer';
import type { ReviewFormCover, ReviewFormPhoto } from '../types.js';
import { Cell } from './cell.js';
import { CONTENT_WIDTH, styles } from './styles.js';
import { VerificationBlock } from './verification-block.js';

/** 二寸 photo proportions (35 × 49 mm), about the size the printed form leaves for it. */
const PHOTO = { width: 99, height: 139 };
const LABEL = 110;

function PhotoBox({ photo }: { photo: ReviewFormPhoto | null | undefined }) {
  const box = { ...PHOTO, borderWidth: 0.6, borderColor: '#444444', alignItems: 'center' as const };
  if (photo) {
    return (
      <View style={box}>
        <Image src={{ data: photo.data, format: photo.format }} style={{ ...PHOTO, objectFit: 'cover' }} />
      </View>
    );
  }
  return (
    <View style={{ ...box, justifyContent: 'center' }}>
      <Text style={{ color: '#666666' }}>照片</Text>
    </View>
  );
}

/** The qualification chosen in step 1 and who applies, one label/value row each. */
function coverRows(cover: ReviewFormCover): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    ['申报人', cover.applicantName],
    ['工作单位', cover.unitName],
    ['申报系列', cover.series],
    ['申报专业', cover.specialty],
    ['申报级别', cover.level],
    ['专技资格名称', cover.qualification],
    ['评委会', cover.committee],
    ['日常工作部门', cover.department],
  ];
  if (cover.trackLabel) rows.push(['申报类型', cover.trackLabel]);
  return rows;
}

interface CoverProps {
  cover: ReviewFormCover;
  photo: ReviewFormPhoto | null | undefined;
  /** Final forms only: the QR code PNG and what it encodes. */
  verification: { qrCode: Buffer; code: string; url: string } | null;
  generatedDate: string;
}

/** The first page: title, photo, qualification choice and, on the final form, how to verify it. */
export function Cover({ cover, photo, verification, generatedDate }: CoverProps) {
  return (
    <View>
      <View style={{ flexDirection: 'row', justifyContent: 'flex-end' }}>
        <PhotoBox photo={photo} />
      </View>
      <Text style={{ fontSize: 24, fontWeight: 700, textAlign: 'center', marginTop: 24 }}>
        专业技术资格评审表
      </Text>
      {cover.cycleName ? (
        <Text style={{ fontSize: 12, textAlign: 'center', marginTop: 6 }}>{cover.cycleName}</Text>
      ) : null}
      <View style={[styles.table, { marginTop: 36, fontSize: 11 }]}>
        {coverRows(cover).map(([label, value], i) => (
          <View key={label} style={[styles.row, i === 0 ? styles.firstRow : {}]} wrap={false}>
            <Cell width={LABEL} text={label} style={[styles.labelCell, { paddingVertical: 5 }]} />
            <Cell width={CONTENT_WIDTH - LABEL} text={value} style={{ paddingVertical: 5 }} />
          </View>
        ))}
      </View>
      {verification ? <VerificationBlock {...verification} /> : null}
      <Text style={{ marginTop: 24, textAlign: 'right' }}>生成日期：{generatedDate}</Text>
    </View>
  );
}
