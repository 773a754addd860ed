import { describe, expect, it } from 'vitest';
import { cell, row } from './cells.js';
import { Flow } from './flow.js';
import type { Page } from './ops.js';
import { CONTENT_BOTTOM, CONTENT_WIDTH } from './page.js';

const texts = (page: Page | undefined) => (page ?? []).flatMap((op) => (op.kind === 'text' ? [op.text] : []));
const bottomOf = (page: Page | undefined) =>
  Math.max(...(page ?? []).map((op) => (op.kind === 'text' ? op.y + op.size * 1.45 : op.y + op.h)));

const line = (text: string) => row([cell(CONTENT_WIDTH, text)]);

/** A flow filled down to `room` points above the content's bottom. */
function flowWithRoom(room: number): Flow {
  const flow = new Flow();
  flow.y = CONTENT_BOTTOM - room;
  return flow;
}

describe('Flow.table', () => {
  it('keeps a heading with its table: both move to the next page when they do not fit', () => {
    const flow = flowWithRoom(40);
    flow.table({ title: '一、标题', header: line('表头'), rows: [line('第一行'), line('第二行')] });
    expect(flow.pages).toHaveLength(2);
    expect(texts(flow.pages[0])).toEqual([]);
    expect(texts(flow.pages[1])).toEqual(['一、标题', '表头', '第一行', '第二行']);
  });

  it('breaks a long table between rows and repeats its header on the next page', () => {
    const flow = flowWithRoom(200);
    const rows = Array.from({ length: 40 }, (_, i) => line(`第${i + 1}行`));
    flow.table({ title: '二、长表', header: line('表头'), rows });
    expect(flow.pages.length).toBeGreaterThanOrEqual(2);
    for (const page of flow.pages) {
      expect(texts(page).filter((t) => t === '表头')).toHaveLength(1);
      expect(bottomOf(page)).toBeLessThanOrEqual(CONTENT_BOTTOM + 0.01);
    }
    expect(flow.pages.flatMap(texts).filter((t) => t.startsWith('第'))).toHaveLength(40);
  });

  it('splits a row taller than what is left of the page line by line, losing nothing', () => {
    const flow = flowWithRoom(300);
    const long = '长'.repeat(5000);
    flow.table({ title: '三、长文', rows: [row([cell(100, '标签'), cell(CONTENT_WIDTH - 100, long)])] });
    expect(flow.pages.length).toBeGreaterThanOrEqual(3);
    expect(
      flow.pages
        .flatMap(texts)
        .filter((t) => t !== '三、长文' && t !== '标签')
        .join(''),
    ).toBe(long);
    for (const page of flow.pages) expect(bottomOf(page)).toBeLessThanOrEqual(CONTENT_BOTTOM + 0.01);
  });
});
