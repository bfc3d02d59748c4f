// Sample data for `cli demo`: the four pilot communities the policy names (世纪城, 新亚洲体育城,
// 螺蛳湾国际商贸城, 凤凰山) and a few more, with invented but plausible households and courtyards.
// Everything goes through the contract, so the sample is validated and audited like a clerk's entries.
import type { CourtyardType } from '../../shared/features/register/contract';

export interface DemoCommunity {
  name: string;
  code: string;
  address: string;
  floorAreaM2: number;
  isPilot: boolean;
  socialWorkers: number;
  committee: [directors: number, deputies: number, members: number];
  secretaryIsDirector: boolean;
  directorName: string;
  courtyards: { name: string; type: CourtyardType; households: number }[];
}

export const demoOffice = {
  officeName: '示例街道办事处（演示数据）',
  district: '昆明市官渡区',
  contactPerson: '张敏',
  contactPhone: '0871-60000000',
  supervisionPhone: '0871-60000001',
};

export const demoCommunities: DemoCommunity[] = [
  {
    name: '世纪城',
    code: '530111001001',
    address: '官渡区世纪城中路',
    floorAreaM2: 1260,
    isPilot: true,
    socialWorkers: 4,
    committee: [1, 2, 6],
    secretaryIsDirector: true,
    directorName: '李建华',
    courtyards: [
      { name: '世纪城金源小区', type: 'property_managed', households: 14200 },
      { name: '世纪城春城苑', type: 'property_managed', households: 11850 },
      { name: '金源老街坊', type: 'self_governed', households: 2300 },
      { name: '官渡区第一中学', type: 'public_unit', households: 420 },
    ],
  },
  {
    name: '新亚洲体育城',
    code: '530111001002',
    address: '官渡区新亚洲体育城星都路',
    floorAreaM2: 1480,
    isPilot: true,
    socialWorkers: 5,
    committee: [1, 2, 6],
    secretaryIsDirector: true,
    directorName: '王丽',
    courtyards: [
      { name: '星都总部基地', type: 'property_managed', households: 9800 },
      { name: '体育城星光苑', type: 'property_managed', households: 7600 },
      { name: '云南民族大学宿舍区', type: 'public_unit', households: 1350 },
      { name: '螺蛳湾安置院', type: 'self_governed', households: 960 },
    ],
  },
  {
    name: '螺蛳湾国际商贸城',
    code: '530111001003',
    address: '官渡区螺蛳湾商贸城',
    floorAreaM2: 980,
    isPilot: true,
    socialWorkers: 3,
    committee: [1, 2, 5],
    secretaryIsDirector: false,
    directorName: '赵志强',
    courtyards: [
      { name: '商贸城一期住宅', type: 'property_managed', households: 6200 },
      { name: '商贸城二期住宅', type: 'property_managed', households: 4700 },
      { name: '物流园职工院', type: 'public_unit', households: 820 },
    ],
  },
  {
    name: '凤凰山',
    code: '530111001004',
    address: '官渡区凤凰山路',
    floorAreaM2: 1050,
    isPilot: true,
    socialWorkers: 2,
    committee: [1, 2, 6],
    secretaryIsDirector: false,
    directorName: '陈秀英',
    courtyards: [
      { name: '凤凰山老村', type: 'self_governed', households: 3100 },
      { name: '凤凰新城', type: 'property_managed', households: 8900 },
      { name: '凤凰山小学', type: 'public_unit', households: 260 },
    ],
  },
  {
    name: '金马',
    code: '530111001005',
    address: '官渡区金马路',
    floorAreaM2: 620,
    isPilot: false,
    socialWorkers: 3,
    committee: [1, 2, 6],
    secretaryIsDirector: true,
    directorName: '杨光明',
    courtyards: [
      { name: '金马小区', type: 'property_managed', households: 3600 },
      { name: '金马村', type: 'self_governed', households: 2450 },
    ],
  },
  {
    name: '关上',
    code: '530111001006',
    address: '官渡区关上中路',
    floorAreaM2: 860,
    isPilot: false,
    socialWorkers: 4,
    committee: [1, 2, 6],
    secretaryIsDirector: false,
    directorName: '周琴',
    courtyards: [
      { name: '关上南苑', type: 'property_managed', households: 5200 },
      { name: '关上老街', type: 'self_governed', households: 3900 },
      { name: '省建三公司宿舍', type: 'public_unit', households: 1100 },
    ],
  },
  {
    name: '太和',
    code: '530111001007',
    address: '官渡区太和街',
    floorAreaM2: 1020,
    isPilot: false,
    socialWorkers: 3,
    committee: [1, 1, 6],
    secretaryIsDirector: true,
    directorName: '刘海涛',
    courtyards: [
      { name: '太和花园', type: 'property_managed', households: 7300 },
      { name: '太和村', type: 'self_governed', households: 3400 },
      { name: '昆明机床厂宿舍', type: 'public_unit', households: 900 },
    ],
  },
];
