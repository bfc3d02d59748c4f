// Sample providers (承接主体) for `cli demo`: one of each common kind, with plausible names, codes whose
// check characters are right, and a qualification check each (one of them old, so signing warns). One
// enterprise is suspended after a complaint. Invented, as the rest of the demo.
import { idNumberCheckCharacter } from '../../shared/domain/id-number';
import { usccCheckCharacter } from '../../shared/domain/uscc';
import type { ChannelInput } from '../../shared/contract';

const uscc = (first17: string) => first17 + usccCheckCharacter(first17);
const idNumber = (first17: string) => first17 + idNumberCheckCharacter(first17);

type DemoProvider = ChannelInput<'providers.create'> & { key: string };

const bank = (bankName: string, bankAccount: string) => ({ bankName, bankAccount });

export const demoProviders: DemoProvider[] = [
  {
    key: 'social',
    name: '官渡区乐仁社会工作服务中心',
    kind: 'social_organisation',
    uscc: uscc('52530111MJ0123456'),
    registrationAuthority: '昆明市官渡区民政局',
    legalRepresentative: '刘芳',
    contactPerson: '陈静',
    contactPhone: '0871-63120001',
    ...bank('中国建设银行昆明世纪城支行', '5305 0163 6108 0000 0101'),
  },
  {
    key: 'volunteer',
    name: '官渡区蓝天志愿服务队',
    kind: 'volunteer_organisation',
    uscc: uscc('53530111MJ0234567'),
    registrationAuthority: '昆明市官渡区民政局',
    legalRepresentative: '杨帆',
    contactPerson: '杨帆',
    contactPhone: '13888000102',
    ...bank('中国农业银行昆明官渡支行', '2406 0101 0400 1234 5'),
  },
  {
    key: 'enterprise_social',
    name: '昆明善邻社区服务有限公司',
    kind: 'social_enterprise',
    uscc: uscc('91530111MA6K12345'),
    registrationAuthority: '昆明市官渡区市场监督管理局',
    legalRepresentative: '周敏',
    contactPerson: '吴磊',
    contactPhone: '0871-63120003',
    ...bank('富滇银行昆明螺蛳湾支行', '0101 2000 0012 3456'),
  },
  {
    key: 'community_group',
    name: '世纪城社区老年协会',
    kind: 'community_group',
    uscc: uscc('52530111MJ0345678'),
    registrationAuthority: '关上街道办事处（备案）',
    legalRepresentative: '黄秀英',
    contactPerson: '黄秀英',
    contactPhone: '13888000104',
    ...bank('昆明农村商业银行关上支行', '1301 0020 0000 8888'),
  },
  {
    key: 'institution',
    name: '官渡区青少年校外活动中心',
    kind: 'public_institution',
    uscc: uscc('12530111MB0456789'),
    registrationAuthority: '昆明市官渡区事业单位登记管理局',
    legalRepresentative: '马骏',
    contactPerson: '张婷',
    contactPhone: '0871-63120005',
    ...bank('中国工商银行昆明官渡支行', '2502 0101 0900 2345 678'),
  },
  {
    key: 'person',
    name: '李明（心理咨询师）',
    kind: 'individual',
    uscc: '',
    idNumber: idNumber('53011119800512004'),
    legalRepresentative: '李明',
    contactPerson: '李明',
    contactPhone: '13888000106',
    ...bank('中国银行昆明世纪城支行', '6217 8560 0001 2345 678'),
  },
  {
    key: 'enterprise',
    name: '昆明洁美物业服务有限公司',
    kind: 'enterprise',
    uscc: uscc('91530111MA6L23456'),
    registrationAuthority: '昆明市官渡区市场监督管理局',
    legalRepresentative: '钱进',
    contactPerson: '钱进',
    contactPhone: '0871-63120007',
    ...bank('招商银行昆明分行', '8719 0123 4567 890'),
  },
];
