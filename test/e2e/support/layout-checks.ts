// Layout checks for a screen at a given viewport: a table column is fully on screen and wide enough to
// read, the page does not scroll sideways, and adjacent buttons keep a gap between them.
import { expect, type Locator, type Page } from '@playwright/test';

/** About one CJK character at the app's 14 px body font. */
export const charWidth = 14;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('元素不可见，没有位置');
  return box;
}

function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 1 && inner.x + inner.width <= outer.x + outer.width + 1;
}

/**
 * The header cell titled `title` and the body cells of the first `rows` rows under it lie inside the
 * table's visible area and the viewport, each at least `minChars` characters wide.
 */
export async function expectColumnReadable(
  page: Page,
  table: Locator,
  title: string,
  options: { minChars: number; rows?: number },
): Promise<void> {
  const headers = table.locator('thead tr').last().locator('th');
  const titles = await headers.allInnerTexts();
  const index = titles.findIndex((text) => text.trim() === title);
  expect(index, `表头「${title}」（现有：${titles.join('、')}）`).toBeGreaterThanOrEqual(0);
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('没有视口大小');
  const screen: Box = { x: 0, y: 0, width: viewport.width, height: viewport.height };
  // The part of the table the clerk sees: its scroll container when it scrolls sideways.
  const visibleArea = await boxOf(table.locator('.ant-table-container').first());
  const cells = [headers.nth(index)];
  const bodyRows = table.locator('tbody tr.ant-table-row');
  const rowCount = Math.min(await bodyRows.count(), options.rows ?? 3);
  for (let row = 0; row < rowCount; row++) cells.push(bodyRows.nth(row).locator('> td').nth(index));
  for (const cell of cells) {
    const box = await boxOf(cell);
    const where = `「${title}」列 ${Math.round(box.x)}–${Math.round(box.x + box.width)} px`;
    expect(inside(box, visibleArea), `${where} 超出表格可见区域`).toBe(true);
    expect(inside(box, screen), `${where} 超出 ${viewport.width} px 宽的窗口`).toBe(true);
    expect(box.width, `${where} 太窄`).toBeGreaterThanOrEqual(options.minChars * charWidth);
  }
}

/** The page itself never scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, '页面出现横向滚动').toBeLessThanOrEqual(0);
}

/** Visible buttons side by side on one line are at least `minGap` px apart. */
export async function expectButtonsApart(page: Page, scope: Locator, minGap = 4): Promise<void> {
  const touching = await scope.evaluate((root, gap) => {
    const boxes = Array.from(root.querySelectorAll<HTMLElement>('button, .ant-btn'))
      .filter((button) => button.offsetParent !== null)
      .map((button) => ({
        text: button.innerText || button.getAttribute('aria-label') || '?',
        box: button.getBoundingClientRect(),
      }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const pairs: string[] = [];
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b || a.box.left > b.box.left) continue;
        const sameLine = a.box.top < b.box.bottom - 2 && b.box.top < a.box.bottom - 2;
        const apart = b.box.left - a.box.right;
        if (sameLine && apart < gap && b.box.left >= a.box.left && apart > -a.box.width)
          pairs.push(`「${a.text}」与「${b.text}」间距 ${apart.toFixed(1)} px`);
      }
    }
    return pairs;
  }, minGap);
  expect(touching, '相邻按钮挨在一起').toEqual([]);
}
