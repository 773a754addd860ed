import { Document, Page, View } from '@react-pdf/renderer';
import { sectionDefinitions } from '@zhicheng/contracts';
import { formatDate, parseInstant } from '../format/dates.js';
import type { ReviewFormInput } from '../types.js';
import { Commitment } from './commitment.js';
import { Cover } from './cover.js';
import { Opinions, UnitSealBlock } from './opinions.js';
import { pageFrame } from './page-frame.js';
import { SectionBlock } from './section-block.js';
import { styles } from './styles.js';
import { VoteSummary } from './votes.js';

/** Fixed document metadata: with the dates from `generatedAt`, the same input gives the same bytes. */
const METADATA = {
  title: '专业技术资格评审表',
  creator: 'zhicheng review-form',
  producer: 'zhicheng review-form',
};

export interface ReviewFormDocumentProps {
  input: ReviewFormInput;
  /** The QR code PNG of a final form's verification URL (made before, since it is async). */
  qrCode: Buffer | null;
}

/**
 * The whole 评审表. Its sections come from the contracts' definitions, so a field added there appears
 * here with no edit. One flowing page: the cover, then the 23 sections from a new page, then the
 * commitment, the opinions and the committee's votes; the page frame adds footer and watermark.
 */
export function ReviewFormDocument({ input, qrCode }: ReviewFormDocumentProps) {
  const final = input.mode === 'final';
  const verification = final && input.verification ? input.verification : null;
  const generated = parseInstant(input.generatedAt);
  const frame = pageFrame({
    applicantName: input.cover.applicantName,
    verificationCode: verification?.code ?? null,
    watermark: !final,
  });
  return (
    <Document {...METADATA} language="zh-CN" creationDate={generated} modificationDate={generated}>
      {/* layout implies react-pdf's new pagination engine: content measured once, then packed. */}
      <Page size="A4" style={styles.page} wrap layout={frame}>
        <Cover
          cover={input.cover}
          photo={input.photo}
          verification={verification && qrCode ? { ...verification, qrCode } : null}
          generatedDate={formatDate(input.generatedAt)}
        />
        <View break>
          {sectionDefinitions.map((section) => (
            <SectionBlock key={section.key} section={section} data={input.sections[section.key]} />
          ))}
        </View>
        <Commitment />
        <Opinions opinions={input.opinions} />
        <UnitSealBlock />
        {input.votes ? <VoteSummary votes={input.votes} /> : null}
      </Page>
    </Document>
  );
}
