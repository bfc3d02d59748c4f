// `cli check` rules for an approved year's frozen basis (migration 0004): every approved year has the
// standard it was approved with and the households of each of its communities, and those households are
// the ones its lines were computed from. A basis changed or removed behind the app's back shows here.
import type { Invariant } from '../core/invariant';

export const fundingInvariants: Invariant[] = [
  {
    sql: `SELECT y.year, y.standard_id, b.standard_id AS frozen_id FROM allocation_year y
          LEFT JOIN approved_standard b ON b.year = y.year
          WHERE y.status = 'approved' AND (b.year IS NULL OR b.standard_id <> y.standard_id)`,
    describe: (row) =>
      row.frozen_id === null
        ? `${row.year} 年已审批，但没有审批时的经费标准依据`
        : `${row.year} 年审批依据的经费标准 #${row.frozen_id} 与该年度核定所用的标准 #${row.standard_id} 不一致`,
  },
  {
    sql: `SELECT DISTINCT l.year, c.name FROM allocation_line l
          JOIN allocation_year y ON y.year = l.year AND y.status = 'approved'
          JOIN community c ON c.id = l.community_id
          WHERE NOT EXISTS (SELECT 1 FROM approved_households h
                            WHERE h.year = l.year AND h.community_id = l.community_id)`,
    describe: (row) => `${row.year} 年已审批，但社区“${row.name}”没有审批时的户数依据`,
  },
  {
    sql: `SELECT l.year, c.name, l.households_basis, h.total_households FROM allocation_line l
          JOIN allocation_year y ON y.year = l.year AND y.status = 'approved'
          JOIN approved_households h ON h.year = l.year AND h.community_id = l.community_id
          JOIN community c ON c.id = l.community_id
          WHERE l.category = 'basic_office' AND l.households_basis IS NOT NULL
            AND l.households_basis <> h.total_households`,
    describe: (row) =>
      `${row.year} 年社区“${row.name}”审批依据的户数 ${row.total_households} 与核定时的户数 ${row.households_basis} 不一致`,
  },
];
