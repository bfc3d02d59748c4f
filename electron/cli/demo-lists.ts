// Sample public lists for `cli demo`: a second version of 社区工作事项清单 and 社区印章使用清单, made the
// way a clerk makes one (draft copied from the version in force, items edited and added, published).
// Invented content: every item says so in 备注, and the approving body is marked as demo data.
import type { ListItemInput, ListKind } from '../../shared/features/lists/contract';
import type { DemoDate } from './demo-dates';
import type { DemoPeople } from './demo-people';
import { call } from './open-backend';

type DemoItem = Omit<ListItemInput, 'versionId' | 'itemId' | 'remarks'>;

const demoRemark = '演示数据，非正式清单';
const demoApprover = '官渡区和谐社区建设工作领导小组（演示数据）';
const residentsCommitteeLaw = '《中华人民共和国城市居民委员会组织法》';

/** Items added after the shipped ones, which are kept and marked as the demo's own. */
const addedItems: Partial<Record<ListKind, DemoItem[]>> = {
  work_items: [
    {
      title: '协助做好兵役登记和征兵宣传',
      content: '协助开展适龄男性公民兵役登记、征兵政策宣传',
      legalBasis: '《中华人民共和国兵役法》',
      responsibleUnit: '区人民武装部',
      communityRole: '协助',
    },
    {
      title: '协助开展退役军人信息采集',
      content: '协助采集、更新辖区退役军人基本信息，做好走访慰问',
      legalBasis: '《中华人民共和国退役军人保障法》',
      responsibleUnit: '区退役军人事务局',
      communityRole: '协助',
    },
    {
      title: '协助开展老年人关爱服务',
      content: '协助摸排辖区独居、空巢老年人情况，配合开展探访关爱',
      legalBasis: '《中华人民共和国老年人权益保障法》',
      responsibleUnit: '区民政局',
      communityRole: '协助',
    },
  ],
  seal_usage: [
    {
      title: '社区居民委员会对外工作联系函',
      content: '社区居民委员会与辖区单位、社会组织开展工作联系的函件用印',
      legalBasis: residentsCommitteeLaw,
      responsibleUnit: '社区居民委员会',
      communityRole: '盖章',
    },
  ],
};

/** 经办人 drafts each list; 审核人 publishes it. */
export async function seedDemoLists(people: DemoPeople, dated: DemoDate): Promise<void> {
  await publishDemoVersion(people, 'work_items', dated('02-26'));
  await publishDemoVersion(people, 'seal_usage', dated('02-26'));
}

async function publishDemoVersion(people: DemoPeople, kind: ListKind, effectiveDate: string): Promise<void> {
  const backend = people.preparer;
  const draft = await call(backend, 'lists.startDraft', { kind });
  // The shipped examples cannot be published as they are; the demo adopts them as its own items.
  for (const { id, title, content, legalBasis, responsibleUnit, communityRole } of draft.items) {
    await call(backend, 'lists.saveItem', {
      versionId: draft.version.id,
      itemId: id,
      ...{ title, content, legalBasis, responsibleUnit, communityRole },
      remarks: demoRemark,
    });
  }
  for (const item of addedItems[kind] ?? []) {
    await call(backend, 'lists.saveItem', { ...item, versionId: draft.version.id, remarks: demoRemark });
  }
  await call(people.approver, 'lists.publish', {
    versionId: draft.version.id,
    effectiveDate,
    approvedBy: demoApprover,
  });
}
