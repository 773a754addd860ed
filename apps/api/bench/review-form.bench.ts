// The 评审表 PDF. quality.md budgets:
// 1. a full form (all 23 sections, 10 rows in each list, Chinese text) renders in ≤ 3× the time plain
//    pdfkit takes in the same process to write the same text (same font, A4, same page flow);
// 2. while forms render (in the worker pool), the API's event loop stays responsive: p99 lag ≤ 50 ms.
// The first is in-process on this thread (fonts registered once, one warm-up each); the second starts 4
// renders at once through the API's own pool and samples the event loop and /healthz meanwhile.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { type FieldDefinition, isPresentMonth, sectionDefinitions } from '@zhicheng/contracts';
import { createTestDatabase } from '@zhicheng/db/testing';
import type { ReviewFormInput } from '@zhicheng/review-form';
import PDFDocument from 'pdfkit';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { createLocalStorage } from '../src/storage/local-storage.js';
import { createReviewFormPool } from '../src/workers/review-form-pool.js';
import { type BenchFigure, failIf, writeReport } from './report.js';

// The built package, i.e. the code the API's render threads run (turbo builds it before `bench`), so
// the figure measures what production runs, not the TypeScript sources under tsx.
const workerFile = createRequire(import.meta.url).resolve('@zhicheng/review-form/worker');
const {
  fontFiles,
  fullSampleInput,
  registerFonts,
  renderReviewForm,
}: typeof import('@zhicheng/review-form') = await import(new URL('index.js', pathToFileURL(workerFile)).href);

const RUNS = Number(process.env.BENCH_PDF_RUNS ?? 3);
const CONCURRENT = 4;
/** monitorEventLoopDelay's sampling period; each sample is the period plus the lag (see lagMs). */
const RESOLUTION_MS = 10;
const PROBE_PAUSE_MS = 10;
const LAG_BUDGET_MS = 50;
const RATIO_BUDGET = 3;

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

// ---------------------------------------------------------------------------------------------------
// 1. Render time against plain pdfkit.

/** What the form prints for a value (the renderer's formatFieldValue, which the package keeps private). */
function printed(field: FieldDefinition, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field.type === 'yearMonth' && isPresentMonth(value)) return '至今';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? '是' : '否';
  return '';
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function numeral(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens]}十`}${ones === 0 ? '' : DIGITS[ones]}`;
}
const cstDate = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? iso
    : new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * The baseline: plain pdfkit writing the same text as the form, as paragraphs (no tables, no layout
 * engine): the cover's lines, every section title, every field label and value of every row, the
 * commitment, the opinions, the votes, and the footer on every page. Same fonts (Noto Sans SC regular
 * and bold), sizes and margins as the form, A4, the sections from a new page after the cover.
 */
function plainPdfkit(input: ReviewFormInput, fonts: { regular: Buffer; bold: Buffer }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 46, bottom: 58, left: 42, right: 42 },
    bufferPages: true,
    info: { Title: '专业技术资格评审表', CreationDate: new Date(input.generatedAt) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const heading = (text: string, size = 11) =>
    doc.font('bold').fontSize(size).text(text, { paragraphGap: 4 });
  const paragraph = (text: string, size = 9) =>
    doc.font('regular').fontSize(size).text(text, { paragraphGap: 2 });

  const { cover } = input;
  heading('专业技术资格评审表', 24);
  if (cover.cycleName) paragraph(cover.cycleName, 12);
  const coverRows: Array<[string, string | null | undefined]> = [
    ['申报人', cover.applicantName],
    ['工作单位', cover.unitName],
    ['申报系列', cover.series],
    ['申报专业', cover.specialty],
    ['申报级别', cover.level],
    ['专技资格名称', cover.qualification],
    ['评委会', cover.committee],
    ['日常工作部门', cover.department],
    ['申报类型', cover.trackLabel],
  ];
  for (const [label, value] of coverRows) if (value) paragraph(`${label}：${value}`, 11);
  const verification = input.mode === 'final' ? input.verification : null;
  if (verification) {
    heading(`验证码：${verification.code}`);
    paragraph('扫描左侧二维码，或在评审表验证页面输入验证码，核验本表真伪。');
    paragraph(`验证网址：${verification.url}`);
  }
  paragraph(`生成日期：${cstDate(input.generatedAt)}`);

  doc.addPage();
  for (const section of sectionDefinitions) {
    heading(`${numeral(section.no)}、${section.title}`);
    const fields = section.fields.filter((f) => f.type !== 'photo');
    const data = input.sections[section.key];
    const rows = (Array.isArray(data) ? data : data ? [data] : []).filter((row) =>
      fields.some((f) => printed(f, row[f.key]) !== ''),
    );
    if (rows.length === 0) paragraph('无');
    else if (section.kind === 'list') {
      // A table's header once, then each row's values.
      doc
        .font('bold')
        .fontSize(9)
        .text(fields.map((f) => f.label).join('　'), { paragraphGap: 2 });
      for (const row of rows) paragraph(fields.map((f) => printed(f, row[f.key])).join('　'));
    } else {
      let group: string | undefined;
      for (const field of fields) {
        if (field.group && field.group !== group) heading(field.group, 9);
        group = field.group;
        paragraph(`${field.label}：${printed(field, rows[0]?.[field.key])}`);
      }
    }
  }
  heading('材料真实性承诺');
  paragraph(
    '本人承诺：以上所填报的各项信息及提交的全部申报材料均真实、准确、完整，不存在弄虚作假、' +
      '隐瞒事实等情况。如有不实，本人愿承担由此产生的一切后果，并接受有关部门依法依规作出的处理。',
  );
  paragraph('申报人签名：____________　　日期：______年____月____日');
  heading('审核意见');
  for (const o of input.opinions) {
    heading(o.stageLabel, 9);
    paragraph(`审核结果：${o.decisionLabel}`);
    paragraph(`审核意见：${o.opinion?.trim() || '无'}`);
    paragraph(`${o.reviewerName ? `审核人：${o.reviewerName}　　` : ''}日期：${cstDate(o.at)}`);
  }
  heading('所在单位意见', 9);
  paragraph('单位负责人签名：____________　　（单位盖章）');
  paragraph('日期：______年____月____日');
  if (input.votes) {
    const v = input.votes;
    heading('评委会评审表决结果');
    paragraph('出席　同意　反对　弃权　会议日期');
    paragraph(
      `${v.present ?? '—'} 人　${v.for} 票　${v.against} 票　${v.abstain} 票　${v.meetingDate ? cstDate(v.meetingDate) : '—'}`,
    );
  }

  // The footer of every page, once the total is known.
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 24 - 8;
    const width = doc.page.width - 84;
    doc.font('regular').fontSize(8);
    doc.text(`专业技术资格评审表　${cover.applicantName}`, 42, y, { width: width * 0.35, lineBreak: false });
    doc.text(`第 ${i + 1} 页 共 ${count} 页`, 42 + width * 0.35, y, {
      width: width * 0.3,
      align: 'center',
      lineBreak: false,
    });
    if (verification)
      doc.text(`验证码：${verification.code}`, 42 + width * 0.65, y, {
        width: width * 0.35,
        align: 'right',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}

/** Wall time, and the process's CPU time for information (steadier when other work shares the cores). */
async function timed(work: () => Promise<Buffer>) {
  const cpu = process.cpuUsage();
  const began = performance.now();
  const pdf = await work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - began, cpuMs: (used.user + used.system) / 1000, pdf };
}

const input = fullSampleInput();
// Fonts loaded once on both sides: the renderer keeps its parsed fonts; plain pdfkit gets the files' bytes.
await registerFonts();
const fontBytes = { regular: readFileSync(fontFiles.regular), bold: readFileSync(fontFiles.bold) };
// One warm-up each (the first document on either side pays for module and glyph caches).
await timed(() => plainPdfkit(input, fontBytes));
await timed(() => renderReviewForm(input));
// Paired runs, the median pair ratio: on a shared machine the load drifts between runs, less within a pair.
const plain: Awaited<ReturnType<typeof timed>>[] = [];
const form: Awaited<ReturnType<typeof timed>>[] = [];
for (let i = 0; i < RUNS; i += 1) {
  plain.push(await timed(() => plainPdfkit(input, fontBytes)));
  form.push(await timed(() => renderReviewForm(input)));
}
const renderRatio = median(form.map((r, i) => r.ms / (plain[i]?.ms ?? 1)));
const cpuRatio = median(form.map((r, i) => r.cpuMs / (plain[i]?.cpuMs ?? 1)));
const formPdf = form[0]?.pdf ?? Buffer.alloc(0);
const plainPdf = plain[0]?.pdf ?? Buffer.alloc(0);
const renderFigure: BenchFigure = {
  figure: '评审表 PDF, full form (23 sections, 10 rows each, CJK), in process',
  measured: `${median(form.map((r) => r.ms)).toFixed(0)} ms (CPU ratio ${cpuRatio.toFixed(2)}), ${pageCount(formPdf)} pages, ${(formPdf.length / 1024).toFixed(0)} KB`,
  baseline: `${median(plain.map((r) => r.ms)).toFixed(0)} ms, ${pageCount(plainPdf)} pages (plain pdfkit, same text and fonts)`,
  ratio: renderRatio,
  budget: `≤ ${RATIO_BUDGET.toFixed(2)} (time ÷ baseline)`,
  pass: renderRatio <= RATIO_BUDGET,
};
console.log(
  `${renderFigure.figure}: ${renderFigure.measured} vs ${renderFigure.baseline} → ratio ${renderRatio.toFixed(2)} (${renderFigure.pass ? 'pass' : 'FAIL'})`,
);

// ---------------------------------------------------------------------------------------------------
// 2. The event loop while forms render in the API's worker pool.

/** A lag in ms from a monitorEventLoopDelay value: each sample is the timer's period plus the delay. */
const lagMs = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);

/** Samples the event loop and /healthz (one request every PROBE_PAUSE_MS) until `work` settles. */
async function probe(app: Awaited<ReturnType<typeof buildApp>>, work: Promise<unknown>) {
  const loop = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  const healthz: number[] = [];
  let settled = false;
  let unhealthy = 0;
  const finished = work.finally(() => {
    settled = true;
  });
  loop.enable();
  while (!settled) {
    const began = performance.now();
    const answer = await app.inject({ method: 'GET', url: '/healthz' });
    healthz.push(performance.now() - began);
    if (answer.statusCode !== 200) unhealthy += 1;
    await sleep(PROBE_PAUSE_MS);
  }
  loop.disable();
  await finished;
  return {
    lagP99: lagMs(loop.percentile(99)),
    lagMax: lagMs(loop.max),
    healthzP99: percentile(healthz, 99),
    probes: healthz.length,
    unhealthy,
  };
}

// Sized as config.ts sizes it (PDF_WORKERS unset): one thread per CPU but one, at least one.
const threads = Math.max(1, availableParallelism() - 1);
const reviewForm = { publicUrl: 'http://localhost:3000', workers: threads, queueMax: 4, timeoutMs: 180_000 };
const pool = createReviewFormPool({
  threads,
  queueMax: reviewForm.queueMax,
  timeoutMs: reviewForm.timeoutMs,
});
const database = await createTestDatabase();
const app = await buildApp({
  config: testConfig({ reviewForm }),
  db: database.db,
  pingDatabase: () => database.ping(),
  storage: createLocalStorage(join(tmpdir(), 'zc-objects')),
  reviewFormRenderer: pool,
  logger: false,
});
await app.ready();

// The task as the API hands it to a render thread (the worker input: the photo a plain Uint8Array).
// The pool starts cold, as after a quiet minute: the first form in a thread also starts the thread
// and loads the fonts there.
const task = fullSampleInput();
for (let i = 0; i < 50; i += 1) await app.inject({ method: 'GET', url: '/healthz' }); // warm-up
const idle = await probe(app, sleep(2000));
const began = performance.now();
let failedRenders = 0;
const rendering = await probe(
  app,
  Promise.all(
    Array.from({ length: CONCURRENT }, () =>
      pool.render(task).then(
        (pdf) => {
          if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') failedRenders += 1;
        },
        (error: unknown) => {
          failedRenders += 1;
          console.error('render failed:', error);
        },
      ),
    ),
  ),
);
const renderSeconds = (performance.now() - began) / 1000;

await app.close();
await pool.close();
await database.destroy();

const lagFigure: BenchFigure = {
  figure: `event-loop lag while ${CONCURRENT} full 评审表 PDFs render (worker pool)`,
  measured:
    `lag p99 ${rendering.lagP99.toFixed(1)} ms (max ${rendering.lagMax.toFixed(0)} ms), ` +
    `/healthz p99 ${rendering.healthzP99.toFixed(1)} ms over ${rendering.probes} probes; ` +
    `${threads} thread${threads === 1 ? '' : 's'}, ${CONCURRENT} forms in ${renderSeconds.toFixed(1)} s` +
    (failedRenders + rendering.unhealthy > 0 ? `, ${failedRenders + rendering.unhealthy} errors` : ''),
  baseline: `idle: lag p99 ${idle.lagP99.toFixed(1)} ms, /healthz p99 ${idle.healthzP99.toFixed(1)} ms`,
  ratio: rendering.lagP99 / LAG_BUDGET_MS,
  budget: `lag p99 ≤ ${LAG_BUDGET_MS} ms (ratio = p99 ÷ ${LAG_BUDGET_MS} ms), no errors`,
  pass: rendering.lagP99 <= LAG_BUDGET_MS && failedRenders === 0 && rendering.unhealthy === 0,
};
console.log(
  `${lagFigure.figure}: ${lagFigure.measured} vs ${lagFigure.baseline} → ratio ${lagFigure.ratio.toFixed(2)} (${lagFigure.pass ? 'pass' : 'FAIL'})`,
);

writeReport([renderFigure, lagFigure]);
failIf([renderFigure, lagFigure], failedRenders > 0 || rendering.unhealthy > 0);
