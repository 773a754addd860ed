import type { ReviewFormCover, ReviewFormPhoto } from '../types.js';
import { cell, row } from './cells.js';
import type { Flow } from './flow.js';
import { BORDER, CONTENT_LEFT, CONTENT_TOP, CONTENT_WIDTH, PAGE, SHADE } from './page.js';
import { lineHeight } from './wrap.js';

/** 二寸 photo proportions (35 × 49 mm), about the size the printed form leaves for it. */
const PHOTO = { width: 99, height: 139 };
const LABEL = 110;
const QR_SIZE = 96;

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

function photoBox(flow: Flow, photo: ReviewFormPhoto | null | undefined): void {
  const x = PAGE.width - PAGE.marginX - PHOTO.width;
  const y = CONTENT_TOP;
  if (photo) flow.ops.push({ kind: 'image', data: photo.data, x, y, ...sizeOf(PHOTO), cover: true });
  else {
    const size = 9;
    flow.ops.push({
      kind: 'text',
      text: '照片',
      x: x + PHOTO.width / 2 - size,
      y: y + (PHOTO.height - lineHeight(size)) / 2,
      font: 'regular',
      size,
      color: '#666666',
    });
  }
  flow.ops.push({ kind: 'box', x, y, ...sizeOf(PHOTO) });
  flow.y = y + PHOTO.height;
}

function sizeOf(box: { width: number; height: number }) {
  return { w: box.width, h: box.height };
}

export interface CoverVerification {
  qrCode: Buffer;
  code: string;
  url: string;
}

/** The final form's QR code and code, so anyone holding the paper can check it is genuine. */
function verificationBlock(flow: Flow, { qrCode, code, url }: CoverVerification): void {
  flow.y += 28;
  const top = flow.y;
  const x = CONTENT_LEFT + QR_SIZE + 14;
  const width = CONTENT_WIDTH + BORDER - QR_SIZE - 14;
  flow.ops.push({
    kind: 'image',
    data: qrCode,
    x: CONTENT_LEFT,
    y: top,
    w: QR_SIZE,
    h: QR_SIZE,
    cover: false,
  });
  // The texts sit centred beside the code: laid out once to measure, then placed.
  const texts = () => {
    flow.text(`验证码：${code}`, { font: 'bold', size: 11, x, width });
    flow.y += 4;
    flow.text('扫描左侧二维码，或在评审表验证页面输入验证码，核验本表真伪。', { x, width });
    flow.y += 2;
    flow.text(`验证网址：${url}`, { x, width, color: '#444444' });
  };
  const mark = flow.ops.length;
  texts();
  const height = flow.y - top;
  flow.ops.splice(mark);
  flow.y = top + Math.max(0, (QR_SIZE - height) / 2);
  texts();
  flow.y = top + Math.max(QR_SIZE, height);
}

interface CoverProps {
  cover: ReviewFormCover;
  photo: ReviewFormPhoto | null | undefined;
  verification: CoverVerification | null;
  generatedDate: string;
}

/** The first page: photo, title, qualification choice and, on the final form, how to verify it. */
export function layoutCover(flow: Flow, { cover, photo, verification, generatedDate }: CoverProps): void {
  photoBox(flow, photo);
  flow.y += 24;
  flow.text('专业技术资格评审表', { font: 'bold', size: 24, align: 'center' });
  if (cover.cycleName) {
    flow.y += 6;
    flow.text(cover.cycleName, { size: 12, align: 'center' });
  }
  const style = { size: 11 };
  flow.table({
    marginTop: 36,
    rows: coverRows(cover).map(([label, value]) =>
      row(
        [
          cell(LABEL, label, { ...style, font: 'bold', shade: SHADE }),
          cell(CONTENT_WIDTH - LABEL, value, style),
        ],
        { padY: 5, keep: true },
      ),
    ),
  });
  if (verification) verificationBlock(flow, verification);
  flow.y += 24;
  flow.text(`生成日期：${generatedDate}`, { align: 'right' });
}
