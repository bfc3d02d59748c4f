// Sample work-access requests (准入申请) for `cli demo`, one in each typical state: admitted for two
// communities (so it appears in their catalogue and list notices), refused, and awaiting the
// sub-district's review. Invented departments' requests, entered through the workflow like a clerk's.
import type { AccessRequestInput } from '../../shared/features/access/contract';
import type { OpenedBackend } from '../backend/api/create-backend';
import type { DemoDate } from './demo-dates';
import type { DemoPeople } from './demo-people';
import { call } from './open-backend';

type DemoRequest = Omit<AccessRequestInput, 'communityIds'> & { communityNames: string[] };

function foodSafety(dated: DemoDate): DemoRequest {
  return {
    requestingDepartment: '官渡区市场监督管理局',
    title: '协助开展食品安全宣传',
    content: '每季度在社区开展一次食品安全宣传，发放宣传资料，收集居民反映的食品安全问题线索',
    legalBasis: '《中华人民共和国食品安全法》第十条',
    reason: '食品安全宣传需要覆盖辖区居民，社区熟悉居民情况',
    communityNames: ['世纪城', '凤凰山'],
    fundingFen: 600_000,
    staffCount: null,
    requestedStartDate: dated('04-01'),
    submittedDate: dated('02-20'),
    documents: ['关于将食品安全宣传纳入社区工作事项的函', '宣传工作方案'],
  };
}

function propertyFees(dated: DemoDate): DemoRequest {
  return {
    requestingDepartment: '官渡区住房和城乡建设局',
    title: '代收小区物业服务费',
    content: '由社区工作人员上门代收无物业管理小区的物业服务费',
    legalBasis: '',
    reason: '部分老旧小区无物业服务企业，收费困难',
    communityNames: ['金马'],
    fundingFen: null,
    staffCount: null,
    requestedStartDate: dated('04-01'),
    submittedDate: dated('02-24'),
    documents: ['关于委托社区代收物业服务费的函'],
  };
}

function elderlyCheckups(dated: DemoDate): DemoRequest {
  return {
    requestingDepartment: '官渡区卫生健康局',
    title: '协助通知老年人免费健康体检',
    content: '协助通知辖区65岁以上老年人参加年度免费健康体检，统计参检人数',
    legalBasis: '《国家基本公共卫生服务规范》',
    reason: '老年人健康体检需要逐户通知，社区掌握老年人底数',
    communityNames: ['关上', '太和'],
    fundingFen: 300_000,
    staffCount: null,
    requestedStartDate: dated('06-01'),
    submittedDate: dated('05-08'),
    documents: ['关于协助开展老年人健康体检通知工作的函'],
  };
}

/** 经办人 registers the requests; 审核人 records the review and the decision. */
export async function seedDemoAccess(people: DemoPeople, year: number, dated: DemoDate): Promise<void> {
  const backend = people.preparer;
  const idOf = await communityIdsByName(backend);
  const submit = ({ communityNames, ...request }: DemoRequest) =>
    call(backend, 'access.submit', { ...request, communityIds: communityNames.map(idOf) });

  // Reviewed by the sub-district, then decided by the district leading group on one day.
  const reviewAndDecide = async (id: number, opinion: string, approved: boolean, decisionNo: string) => {
    await call(people.approver, 'access.review', { id, opinion });
    await call(people.approver, 'access.decide', {
      id,
      approved,
      decisionNo: `官和社领〔${year}〕${decisionNo}号`,
      decisionDate: dated('03-12'),
    });
  };

  const admitted = await submit(foodSafety(dated));
  await reviewAndDecide(admitted.id, '事项确需社区协助，经费随事转，同意报区领导小组审批', true, '3');
  const refused = await submit(propertyFees(dated));
  await reviewAndDecide(refused.id, '代收费用属物业服务企业职责，不宜交由社区承担，建议不予准入', false, '4');

  await submit(elderlyCheckups(dated));
}

export async function communityIdsByName(backend: OpenedBackend): Promise<(name: string) => number> {
  const communities = await call(backend, 'communities.list', { status: 'all', search: '' });
  const ids = new Map(communities.map((community) => [community.name, community.id]));
  return (name) => {
    const id = ids.get(name);
    if (id === undefined) throw new Error(`演示数据：找不到社区“${name}”`);
    return id;
  };
}
