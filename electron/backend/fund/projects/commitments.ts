// What the 管委会 approved for a project and has not yet been paid is promised money: a grant outside the
// projects, or another project's instalment, may not spend it, or the project approved first would later
// be refused its own instalment for want of balance. Manual vouchers are the books' own and are held only
// to the designation's balance (posting).
import { formatYuan } from '../../../../shared/domain/money';
import type { ServiceContext } from '../../core/context';
import { conflict } from '../../core/errors';
import { designationBalance } from '../books/designation-balance';
import { committedFenOn } from './project-queries';

/** No project has id 0: a grant outside the projects owes every project's promise. */
const noProject = 0;

/** Refuses spending `amountFen` of the designation beyond what is neither spent nor promised to another project. */
export function refuseSpendingPromised(
  ctx: ServiceContext,
  designationId: number,
  amountFen: number,
  field: string,
  projectId: number = noProject,
): void {
  const committed = committedFenOn(ctx.db, designationId, projectId);
  if (committed === 0) return;
  const balance = designationBalance(ctx.db, designationId);
  const available = balance?.availableFen ?? 0;
  const free = Math.max(available - committed, 0);
  if (amountFen <= free) return;
  throw conflict(
    `限定用途「${balance?.name ?? designationId}」可用 ${formatYuan(available)} 元，其中 ${formatYuan(committed)} 元` +
      `已由管委会批准给${projectId === noProject ? '' : '其他'}公益项目、尚未拨付，本次最多可用 ${formatYuan(free)} 元，` +
      `本次 ${formatYuan(amountFen)} 元`,
    field,
  );
}
