// Donation acknowledgements (捐赠确认书) through the channels on a real SQLite file: gapless numbers per year
// that a void never gives back, one live acknowledgement per donation, refusals that change nothing, and
// the A4 PDF read back with pdftotext and rendered to PNG with pdftoppm.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../../../shared/contract';
import type { FileOutput } from '../../../../shared/contract/files';
import { numberSeriesFindings } from '../../../../electron/backend/core/posting/numbering';
import { acknowledgementNumbers } from '../../../../electron/backend/fund/fund-records';
import { fingerprint } from '../../../fixtures/backend';
import { officeSettingsInput } from '../../../fixtures/builders';
import {
  donationInput,
  openDonationsWorld,
  yuan,
  type DonationsWorld,
} from '../../../fixtures/fund-donations';
import { poppler } from '../../../fixtures/poppler';

let world: DonationsWorld;
beforeEach(async () => {
  world = await openDonationsWorld();
  await world.backend.as('administrator').call('office.update', officeSettingsInput());
});
afterEach(() => world.backend.dispose());

async function refused<C extends ChannelName>(channel: C, input: ChannelInput<C>, message: string) {
  const before = fingerprint(world.backend.dbPath);
  const result = await world.backend.send(channel, input);
  expect(result.ok ? 'accepted' : result.error.message).toContain(message);
  expect(fingerprint(world.backend.dbPath)).toBe(before);
}

async function postedDonation(overrides: Partial<ChannelInput<'fund.recordDonation'>> = {}) {
  const recorded = await world.backend.call(
    'fund.recordDonation',
    donationInput(world.donorId, { submit: true, ...overrides }),
  );
  await world.post(recorded.voucherId);
  return recorded.donation.id;
}

const issue = (donationId: number, issuedOn = '2026-03-15') =>
  world.backend.call('fund.issueAcknowledgement', { donationId, issuedOn });

function auditActions(id: number): string[] {
  return (
    world.backend.db
      .prepare(
        `SELECT action FROM audit_log WHERE entity = 'fund_acknowledgement' AND entity_id = ? ORDER BY id`,
      )
      .all(id) as { action: string }[]
  ).map((row) => row.action);
}

describe('numbering', () => {
  it('gives a re-issue after a void the next number and keeps the voided one in the register as 作废', async () => {
    const first = await postedDonation({ designationId: world.designationId });
    const second = await postedDonation({ amountFen: yuan(200) });
    const one = await issue(first);
    const two = await issue(second);
    expect([one.number, two.number]).toEqual(['确〔2026〕1号', '确〔2026〕2号']);
    await world.backend.call('fund.voidAcknowledgement', { id: one.id, reason: '捐赠人名称写错' });
    const three = await issue(first);
    expect(three).toMatchObject({ number: '确〔2026〕3号', donationId: first, state: 'valid' });
    const register = await world.backend.call('fund.acknowledgements', { year: 2026 });
    expect(register.total).toBe(3);
    expect(
      register.rows.map((row) => [
        row.number,
        row.donorName,
        row.amountFen,
        row.designationText,
        row.state,
        row.voidReason,
      ]),
    ).toEqual([
      ['确〔2026〕1号', '王小明', yuan(1_000), '助老服务', 'voided', '捐赠人名称写错'],
      ['确〔2026〕2号', '王小明', yuan(200), '非限定用途', 'valid', ''],
      ['确〔2026〕3号', '王小明', yuan(1_000), '助老服务', 'valid', ''],
    ]);
    expect(numberSeriesFindings(world.backend.db, acknowledgementNumbers)).toEqual([]);
    expect(auditActions(one.id)).toEqual(['issue', 'void']);
    const page = await world.backend.call('fund.acknowledgements', { year: 2026, page: 2, pageSize: 2 });
    expect(page.rows.map((row) => row.number)).toEqual(['确〔2026〕3号']);
  });
});

describe('refusals change nothing', () => {
  it('refuses a donation not yet posted, naming its state', async () => {
    const draft = await world.backend.call('fund.recordDonation', donationInput(world.donorId));
    await refused(
      'fund.issueAcknowledgement',
      { donationId: draft.donation.id, issuedOn: '2026-03-15' },
      '捐赠：记账凭证记账后才能出具捐赠确认书（当前：草稿）',
    );
  });

  it('refuses a second live acknowledgement, naming the existing number', async () => {
    const donation = await postedDonation();
    await issue(donation);
    await refused(
      'fund.issueAcknowledgement',
      { donationId: donation, issuedOn: '2026-03-15' },
      '这笔捐赠已出具捐赠确认书 确〔2026〕1号',
    );
  });

  it('refuses an issue date before the donation or after today', async () => {
    const donation = await postedDonation();
    await refused(
      'fund.issueAcknowledgement',
      { donationId: donation, issuedOn: '2026-03-09' },
      '出具日期：应在 2026-03-10 至 2026-03-15 之间',
    );
    await refused(
      'fund.issueAcknowledgement',
      { donationId: donation, issuedOn: '2026-03-16' },
      '出具日期：',
    );
  });

  it('refuses a void without a reason, and voiding twice', async () => {
    const ack = await issue(await postedDonation());
    await refused('fund.voidAcknowledgement', { id: ack.id, reason: '' }, '作废原因：不能为空');
    await world.backend.call('fund.voidAcknowledgement', { id: ack.id, reason: '重开' });
    await refused(
      'fund.voidAcknowledgement',
      { id: ack.id, reason: '再次' },
      '已于 2026-03-15 作废（重开），不能再次作废',
    );
  });
});

function saved(file: FileOutput, name: string): string {
  const target = path.join(world.backend.dir, name);
  fs.writeFileSync(target, Buffer.from(file.bytes));
  return target;
}

const textOf = (pdf: string) => poppler('pdftotext', ['-raw', pdf, '-']).replace(/\s+/gu, '');

describe('the PDF', () => {
  it('prints the original once, then 副本, and 作废 on a voided one; each print is counted', async () => {
    const ack = await issue(await postedDonation({ amountFen: 123_450 }));
    const original = await world.backend.call('fund.acknowledgementPdf', { id: ack.id });
    expect(original.fileName).toBe('捐赠确认书（确〔2026〕1号）.pdf');
    const pdf = saved(original, 'original.pdf');
    const text = textOf(pdf);
    for (const expected of [
      '捐赠确认书',
      '编号：确〔2026〕1号',
      '王小明',
      '¥1,234.50',
      '人民币壹仟贰佰叁拾肆元伍角',
      '非限定用途',
      '2026年3月10日',
      '幸福街道社区公益微基金',
      '本确认书不作为税前扣除凭证；公益事业捐赠票据由某市慈善总会开具。',
      '感谢您对社区公益事业的支持',
      '关上街道办事处',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('副本');
    expect(text).not.toContain('作废');
    expect(poppler('pdfinfo', [pdf])).toMatch(
      /Pages:\s+1\n[\s\S]*Page size:\s+595\.28 x 841\.89 pts \(A4\)/u,
    );
    poppler('pdftoppm', ['-r', '60', '-png', '-singlefile', pdf, path.join(world.backend.dir, 'original')]);
    expect(fs.statSync(path.join(world.backend.dir, 'original.png')).size).toBeGreaterThan(10_000);

    const printed = await world.backend.call('fund.recordAcknowledgementPrint', { id: ack.id });
    expect(printed.printedCount).toBe(1);
    const copy = await world.backend.call('fund.acknowledgementPdf', { id: ack.id });
    expect(textOf(saved(copy, 'copy.pdf'))).toContain('副本');

    await world.backend.call('fund.voidAcknowledgement', { id: ack.id, reason: '金额有误' });
    const voided = saved(await world.backend.call('fund.acknowledgementPdf', { id: ack.id }), 'voided.pdf');
    expect(textOf(voided)).toContain('作废');
    expect(textOf(voided)).toContain('金额有误');
    poppler('pdftoppm', ['-r', '60', '-png', '-singlefile', voided, path.join(world.backend.dir, 'voided')]);
    if (process.env.ACK_PNG_DIR) {
      for (const name of ['original.png', 'voided.png'])
        fs.copyFileSync(path.join(world.backend.dir, name), path.join(process.env.ACK_PNG_DIR, name));
    }
    await world.backend.call('fund.recordAcknowledgementPrint', { id: ack.id });
    expect(auditActions(ack.id)).toEqual(['issue', 'print', 'void', 'print']);
  });
});
