// The 公益项目一览's header as the annual report and `cli fund projects` print it, for the tests of both.
export const projectListHeader = [
  '项目编号',
  '项目名称',
  '社区',
  '申请人',
  '状态',
  '实施期间',
  '预算金额',
  '批准金额',
  '已拨付',
  '未拨付',
  '已使用',
  '退回',
  '结余',
  '下次进展公示',
];
