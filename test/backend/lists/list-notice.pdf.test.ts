// The public lists notices (公示) produced through the channels and read back with poppler the way a third
// party would; page 1 is also rendered to /tmp/list-notice-p1.png to be looked at.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Community } from '../../../shared/features/register/contract';
import type { ChannelInput } from '../../../shared/contract';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';
import { accessRequestInput, communityInput, officeSettingsInput } from '../../fixtures/builders';
import { poppler } from '../../fixtures/poppler';

let backend: TestBackend;
let century: Community;
let phoenix: Community;
const decisionNo = '官和社领〔2026〕3号';

beforeAll(async () => {
  backend = await openTestBackend();
  await backend.as('administrator').call('office.update', officeSettingsInput());
  century = await backend.call('communities.create', communityInput({ name: '世纪城' }));
  phoenix = await backend.call('communities.create', communityInput({ name: '凤凰山' }));
  const request = await backend.call('access.submit', accessRequestInput([century.id]));
  await backend.as('approver').call('access.review', { id: request.id, opinion: '同意报区领导小组审批' });
  await backend.as('approver').call('access.decide', {
    id: request.id,
    approved: true,
    decisionNo,
    decisionDate: '2026-03-12',
  });
});
afterAll(() => backend.dispose());

// Monday 2026-03-16, five working days: to Friday 2026-03-20.
const posting = { startDate: '2026-03-16', workingDays: 5, issueDate: '2026-03-16' };

async function noticeFile(name: string, input: Partial<ChannelInput<'lists.notice'>>): Promise<string> {
  const file = await backend.call('lists.notice', { kind: 'two_lists', ...posting, ...input });
  expect(file.mimeType).toBe('application/pdf');
  const target = path.join(backend.dir, name);
  fs.writeFileSync(target, Buffer.from(file.bytes));
  return target;
}

/** Text in content order (a table cell's lines stay together), white space removed. */
function text(file: string, first?: number): string {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(first)];
  return poppler('pdftotext', ['-raw', ...range, file, '-']).replace(/\s+/gu, '');
}

function pageCount(file: string): number {
  return poppler('pdftotext', [file, '-']).split('\f').length - 1;
}

describe('the two-list notice of one community', () => {
  let file = '';
  beforeAll(async () => {
    file = await noticeFile('century.pdf', { communityId: century.id });
  });

  it('is titled for the community and explains that other work needs 准入审批', () => {
    const all = text(file);
    expect(all).toContain('关于公布世纪城社区工作事项清单和社区印章使用清单的公示');
    expect(all).toContain('醒目位置张贴');
    expect(all).toContain('须经区和谐社区建设工作领导小组准入审批');
  });

  it('lists the items in force of both lists under their captions', () => {
    const all = text(file);
    expect(all).toContain('一、社区工作事项清单');
    expect(all).toContain('二、社区印章使用清单');
    expect(all).toContain('序号事项名称依据责任单位社区职责');
    expect(all).toContain('组织居民会议和居民代表会议');
    expect(all).toContain('出具经济困难证明');
  });

  it('adds the work admitted for this community, citing its decision', () => {
    const all = text(file);
    expect(all).toContain('协助开展食品安全宣传');
    expect(all).toContain(`经准入审批（${decisionNo}）`);
    expect(all.indexOf('协助开展食品安全宣传')).toBeLessThan(all.indexOf('二、社区印章使用清单'));
  });

  it('closes with the posting period, the objection route, the phones and 特此公示', () => {
    const all = text(file);
    expect(all).toContain('公示期：自2026年3月16日至2026年3月20日（5个工作日）。');
    expect(all).toContain('可通过电话或书面形式向关上街道办事处反映');
    expect(all).toContain('监督电话：0871-60000001');
    expect(all).toMatch(/特此公示。关上街道办事处2026年3月16日/u);
    expect(all).toContain(`第1页共${pageCount(file)}页`);
  });

  it('embeds the Noto fonts as subsets', () => {
    const rows = poppler('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [name, ...rest] = row.trim().split(/\s+/u);
      expect(name, row).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)SC-/u);
      expect(rest.slice(-5, -3), row).toEqual(['yes', 'yes']);
    }
  });

  it('renders page 1 to /tmp/list-notice-p1.png', () => {
    poppler('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      '/tmp/list-notice-p1',
    ]);
    const bytes = fs.readFileSync('/tmp/list-notice-p1.png');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
  });
});

describe('the two-list notice of every community', () => {
  it('gives each active community its own section, with only the work admitted for it', async () => {
    const file = await noticeFile('all.pdf', {});
    const all = text(file);
    expect(all).toContain('关于公布世纪城社区工作事项清单和社区印章使用清单的公示');
    expect(all).toContain('关于公布凤凰山社区工作事项清单和社区印章使用清单的公示');
    const phoenixPart = all.slice(all.indexOf('关于公布凤凰山社区'));
    const centuryPart = all.slice(all.indexOf('关于公布世纪城社区'), all.indexOf('关于公布凤凰山社区'));
    expect(centuryPart).toContain(decisionNo);
    expect(phoenixPart).not.toContain(decisionNo);
  });

  it('leaves the admitted work out of a community it was not approved for', async () => {
    const file = await noticeFile('phoenix.pdf', { communityId: phoenix.id });
    expect(text(file)).not.toContain('协助开展食品安全宣传');
  });
});

describe('the Kunming three-list notice', () => {
  it('prints the three lists in force, 经济困难证明 among the certificates, without admitted work', async () => {
    const file = await noticeFile('kunming.pdf', { kind: 'kunming_lists', communityId: century.id });
    const all = text(file);
    expect(all).toContain('关于公布世纪城社区依法履行职责、依法协助政府工作职责和开具证明清单的公示');
    expect(all).toContain('一、社区依法履行职责清单');
    expect(all).toContain('三、社区开具证明清单');
    expect(all).toContain('经济困难证明');
    expect(all).not.toContain(decisionNo);
    expect(all).toContain('特此公示。');
  });
});

describe('refusals', () => {
  it('refuses an archived community', async () => {
    await backend.call('communities.archive', { id: phoenix.id });
    const result = await backend.send('lists.notice', {
      kind: 'two_lists',
      communityId: phoenix.id,
      ...posting,
    });
    expect(!result.ok && result.error.message).toContain('已归档');
    await backend.call('communities.restore', { id: phoenix.id });
  });
});

describe('one file per community', () => {
  it('carries the batch through, so the desktop shell can save the series into one folder', async () => {
    const batch = { id: '7f0c2d1e-batch', index: 1, total: 2 };
    const file = await backend.call('lists.notice', {
      kind: 'two_lists',
      ...posting,
      communityId: phoenix.id,
      batch,
    });
    expect(file.batch).toEqual(batch);
    expect(file.fileName).toContain('凤凰山');
  });

  it('refuses a position beyond the series, naming the field', async () => {
    const result = await backend.send('lists.notice', {
      kind: 'two_lists',
      ...posting,
      communityId: phoenix.id,
      batch: { id: '7f0c2d1e-batch', index: 2, total: 2 },
    });
    expect(!result.ok && result.error).toMatchObject({
      field: 'batch.index',
      message: '批量序号：超出批量总数',
    });
  });
});
