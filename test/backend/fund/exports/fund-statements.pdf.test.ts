// 限定用途余额表 and 捐赠收入明细 as PDFs over donations recorded and posted through the channels (a designated
// donation, an unrestricted one, money spent on the designation): the rows and the totals the screen
// report shows, in yuan, in the printed table.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOutput } from '../../../../shared/contract/files';
import { formatYuan } from '../../../../shared/domain/money';
import { spendDesignated } from '../../../fixtures/fund';
import {
  donationInput,
  openDonationsWorld,
  yuan,
  type DonationsWorld,
} from '../../../fixtures/fund-donations';
import { poppler } from '../../../fixtures/poppler';

let world: DonationsWorld;

function pdfText(file: FileOutput, name: string): string {
  const target = path.join(world.backend.dir, name);
  fs.writeFileSync(target, Buffer.from(file.bytes));
  return poppler('pdftotext', ['-raw', target, '-']).replace(/\s+/gu, '');
}

beforeAll(async () => {
  world = await openDonationsWorld();
  const designated = await world.backend.call(
    'fund.recordDonation',
    donationInput(world.donorId, {
      submit: true,
      amountFen: yuan(5_000),
      designationId: world.designationId,
    }),
  );
  await world.post(designated.voucherId);
  const free = await world.backend.call(
    'fund.recordDonation',
    donationInput(world.donorId, { submit: true, amountFen: yuan(800), date: '2026-03-11' }),
  );
  await world.post(free.voucherId);
  await spendDesignated(world.backend, world.designationId, yuan(1_200), '2026-03-12');
});
afterAll(() => world.backend.dispose());

describe('statements over posted donations, printed', () => {
  it('限定用途余额表: the designation received, used, released and available as on screen', async () => {
    const screen = await world.backend.call('fund.designationReport', { year: 2026 });
    const text = pdfText(await world.backend.call('fund.designationPdf', { year: 2026 }), 'designation.pdf');
    expect(text).toContain('2026年度限定用途余额表');
    expect(text).toContain('助老服务');
    const { totals } = screen;
    expect(totals.receivedFen).toBe(yuan(5_000));
    expect(totals.closingAvailableFen).toBe(yuan(3_800));
    const figures = [
      totals.openingAvailableFen,
      totals.receivedFen,
      totals.usedFen,
      totals.releasedFen,
      totals.liftedFen,
      totals.closingAvailableFen,
    ].map(formatYuan);
    expect(text).toContain(`合计${figures.join('')}`);
    expect(text).toContain('单位负责人：财务负责人：填表人：');
  });

  it('捐赠收入明细: each donation, the 合计 and its restricted / unrestricted split as on screen', async () => {
    const screen = await world.backend.call('fund.donationIncome', { year: 2026, fromMonth: 1, toMonth: 12 });
    const file = await world.backend.call('fund.donationIncomePdf', { year: 2026, fromMonth: 3, toMonth: 3 });
    expect(file.fileName).toBe('2026年度捐赠收入明细表.pdf');
    const text = pdfText(file, 'income.pdf');
    expect(text).toContain('期间：2026年3月');
    expect(screen.totalFen).toBe(yuan(5_800));
    expect(text).toContain(`合计（2笔）${formatYuan(screen.totalFen)}`);
    expect(text).toContain(`其中：限定性${formatYuan(screen.restrictedFen)}`);
    expect(text).toContain(`非限定性${formatYuan(screen.unrestrictedFen)}`);
    expect(text).toContain(formatYuan(yuan(5_000)));
    expect(text).toContain(formatYuan(yuan(800)));
    expect(text).toContain('单位负责人：财务负责人：填表人：');
  });
});
