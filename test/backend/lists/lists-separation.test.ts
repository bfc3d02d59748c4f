// 制单与审核分离 on a list version: whoever drafted, edited or imported the draft cannot publish it, unless the
// office works 一人岗, and the notice names who prepared and who published the lists it prints.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listKindLabels, type ListVersionDetail } from '../../../shared/features/lists/contract';
import { fingerprint, openTestBackend, type TestBackend, type TestCaller } from '../../fixtures/backend';
import { communityInput, listItemInput, officeSettingsInput } from '../../fixtures/builders';
import {
  addApprover,
  approvalRows,
  pdfText,
  separationRefusal,
  setSinglePersonPost,
  singlePersonPostMark,
} from '../../fixtures/separation';

let backend: TestBackend;
let approver: TestCaller;
let communityId: number;

beforeEach(async () => {
  backend = await openTestBackend();
  approver = backend.as('approver');
  await backend.as('administrator').call('office.update', officeSettingsInput());
  communityId = (await backend.call('communities.create', communityInput({ name: '世纪城' }))).id;
});
afterEach(() => backend.dispose());

const publishWhat = (draft: ListVersionDetail) =>
  `发布${listKindLabels.work_items}第 ${draft.version.versionNo} 版`;

/** A work-items draft started by `by`, its shipped samples replaced by two items of the office's own. */
async function draftStartedBy(by: TestCaller, editor: TestCaller = by): Promise<ListVersionDetail> {
  const draft = await by.call('lists.startDraft', { kind: 'work_items' });
  for (const item of draft.items) await editor.call('lists.deleteItem', { itemId: item.id });
  for (const title of ['协助开展全国经济普查', '组织居民会议']) {
    await editor.call('lists.saveItem', listItemInput(draft.version.id, { title }));
  }
  return editor.call('lists.version', { versionId: draft.version.id });
}

function publish(by: TestCaller, draft: ListVersionDetail) {
  return by.send('lists.publish', {
    versionId: draft.version.id,
    effectiveDate: '2026-03-15',
    approvedBy: '官渡区和谐社区建设工作领导小组',
  });
}

async function expectRefused(by: TestCaller, draft: ListVersionDetail, name: string): Promise<void> {
  const before = fingerprint(backend.dbPath);
  const refused = await publish(by, draft);
  expect(!refused.ok && refused.error).toMatchObject({
    code: 'conflict',
    message: separationRefusal(publishWhat(draft), name),
  });
  expect(fingerprint(backend.dbPath)).toBe(before);
}

/** The draft's first item with its content changed, imported by `by` from the draft's own template. */
async function importEdited(by: TestCaller): Promise<void> {
  const template = await by.call('lists.importTemplate', { kind: 'work_items' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template.bytes) as never);
  workbook.getWorksheet(listKindLabels.work_items)!.getCell(4, 3).value = '按区统计局部署开展入户登记';
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  await by.call('lists.import', {
    kind: 'work_items',
    fileName: '清单.xlsx',
    base64: bytes.toString('base64'),
  });
}

/** The two-list notice's text; whether the names fit its layout is checked in notice-signatories.pdf.test.ts. */
async function noticeText(): Promise<string> {
  const file = await backend.call('lists.notice', {
    kind: 'two_lists',
    communityId,
    startDate: '2026-03-16',
    workingDays: 5,
    issueDate: '2026-03-16',
  });
  return pdfText(backend, file);
}

describe('publishing a list version', () => {
  it('refuses the 审核人 who drafted it, changing nothing, and lets another 审核人 publish', async () => {
    const draft = await draftStartedBy(approver);
    await expectRefused(approver, draft, '审核员');
    expect((await backend.call('lists.version', { versionId: draft.version.id })).version.status).toBe(
      'draft',
    );

    const other = await addApprover(backend);
    const published = await publish(other, draft);
    expect(published.ok && published.data.status).toBe('published');
    expect(approvalRows(backend, 'list_version', draft.version.id)).toEqual([
      { step: 'publish', displayName: '王建国', singlePersonPost: 0 },
    ]);
  });

  it.each([
    ['started the draft', 'startDraft'],
    ['added an item', 'saveItem'],
    ['changed an item', 'updateItem'],
    ['deleted an item', 'deleteItem'],
    ['put the items in order', 'reorder'],
    ['imported the list', 'import'],
  ] as const)('refuses the 审核人 who only %s of a draft the 经办人 edited', async (_, change) => {
    const draft =
      change === 'startDraft' ? await draftStartedBy(approver, backend) : await draftStartedBy(backend);
    const [first, second] = draft.items;
    if (change === 'saveItem') {
      await approver.call('lists.saveItem', listItemInput(draft.version.id, { title: '协助开展征兵宣传' }));
    } else if (change === 'updateItem') {
      await approver.call('lists.saveItem', {
        ...listItemInput(draft.version.id, { title: first!.title, remarks: '每年一次' }),
        itemId: first!.id,
      });
    } else if (change === 'deleteItem') {
      await approver.call('lists.deleteItem', { itemId: second!.id });
    } else if (change === 'reorder') {
      await approver.call('lists.reorder', { versionId: draft.version.id, itemIds: [second!.id, first!.id] });
    } else if (change === 'import') {
      await importEdited(approver);
    }
    await expectRefused(approver, draft, '审核员');
  });

  it('does not hold a discarded draft against the next one, which may get its id', async () => {
    const discarded = await approver.call('lists.startDraft', { kind: 'work_items' });
    await approver.call('lists.discardDraft', { versionId: discarded.version.id });
    const draft = await draftStartedBy(backend);
    expect(draft.version.id).toBe(discarded.version.id);
    expect((await publish(approver, draft)).ok).toBe(true);
  });

  it('names the 经办人 and 审核人 on the notice, without the mark', async () => {
    await publish(approver, await draftStartedBy(backend));
    const notice = await noticeText();
    expect(notice).toContain('经办人：测试员审核人：审核员');
    expect(notice).not.toContain(singlePersonPostMark);
  });

  it('prints no names for lists nobody signed in to keep (the shipped first versions)', async () => {
    expect(await noticeText()).not.toContain('经办人');
  });
});

describe('一人岗', () => {
  it('lets the one who drafted the version publish it, and the notice prints the mark beside the signature', async () => {
    await setSinglePersonPost(backend, true);
    const draft = await draftStartedBy(approver);
    expect((await publish(approver, draft)).ok).toBe(true);
    expect(approvalRows(backend, 'list_version', draft.version.id)).toEqual([
      { step: 'publish', displayName: '审核员', singlePersonPost: 1 },
    ]);
    expect(await noticeText()).toContain(`经办人：审核员审核人：审核员（${singlePersonPostMark}）`);
  });
});
