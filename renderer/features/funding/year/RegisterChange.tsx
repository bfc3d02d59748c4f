// An approved year shows the households it was approved with; when the register has been edited since,
// these say so, with the approved and the current figures side by side.
import { Alert, Tag, Tooltip } from 'antd';
import type { CommunityFundingRow, RegisterHouseholds } from '../../../../shared/features/funding/contract';
import { formatCount } from '../../../ui/format';

function householdsWords(total: number | null, byType: RegisterHouseholds['householdsByType']): string {
  const head = total === null ? '未填报' : `${formatCount(total)} 户`;
  return `${head}（自治院落 ${formatCount(byType.self_governed)}、公共单位院落 ${formatCount(byType.public_unit)}、物管院落 ${formatCount(byType.property_managed)} 户）`;
}

/** 「审批时 28,770 户（…）；现登记 1 户（…）」 */
export function registerChangeWords(row: CommunityFundingRow): string {
  if (!row.registerNow) return '';
  return `审批时 ${householdsWords(row.totalHouseholds, row.householdsByType)}；现登记 ${householdsWords(row.registerNow.totalHouseholds, row.registerNow.householdsByType)}`;
}

/** The small mark beside a community's households in the year's table. */
export function RegisterChangeTag({ row }: { row: CommunityFundingRow }) {
  if (!row.registerNow) return null;
  return (
    <Tooltip title={registerChangeWords(row)}>
      <Tag
        color="warning"
        style={{ marginInlineEnd: 0, marginInlineStart: 4 }}
        data-testid={`register-changed-${row.communityId}`}
      >
        登记已变更
      </Tag>
    </Tooltip>
  );
}

/** Above an approved year's figures: which communities' register no longer matches the approved basis. */
export function RegisterChangeAlert({ rows }: { rows: CommunityFundingRow[] }) {
  const changed = rows.filter((row) => row.registerNow);
  if (changed.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="register-change-alert"
      title={`审批后户数登记有变更（${changed.length} 个社区）：本年度按审批时的户数和经费标准显示，登记变更不改变核定金额；如需变更金额，请录入调整。`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {changed.map((row) => (
            <li key={row.communityId} data-testid={`register-change-${row.communityId}`}>
              {row.communityName}：{registerChangeWords(row)}
            </li>
          ))}
        </ul>
      }
    />
  );
}
