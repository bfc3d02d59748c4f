// The register's rules for `cli check`: households only of the community's own courtyards, every record
// created with its audit row, no community name twice.
import type { Invariant } from '../core/invariant';

export const registerInvariants: Invariant[] = [
  {
    sql: `SELECT p.id AS profile_id, p.year, c.name AS courtyard FROM courtyard_households h
          JOIN community_profile p ON p.id = h.profile_id JOIN courtyard c ON c.id = h.courtyard_id
          WHERE c.community_id <> p.community_id`,
    describe: (row) =>
      `年度情况 #${row.profile_id}（${row.year} 年）登记了其他社区的院落“${row.courtyard}”的户数`,
  },
  {
    sql: `SELECT c.id, c.name FROM community c WHERE NOT EXISTS (
            SELECT 1 FROM audit_log a WHERE a.entity = 'community' AND a.entity_id = c.id AND a.action = 'create')`,
    describe: (row) => `社区“${row.name}”（#${row.id}）没有新增时的操作日志`,
  },
  {
    sql: `SELECT c.id, c.name FROM courtyard c WHERE NOT EXISTS (
            SELECT 1 FROM audit_log a WHERE a.entity = 'courtyard' AND a.entity_id = c.id AND a.action = 'create')`,
    describe: (row) => `院落“${row.name}”（#${row.id}）没有新增时的操作日志`,
  },
  {
    sql: `SELECT p.id, p.year FROM community_profile p WHERE NOT EXISTS (
            SELECT 1 FROM audit_log a WHERE a.entity = 'profile' AND a.entity_id = p.id)`,
    describe: (row) => `年度情况 #${row.id}（${row.year} 年）没有操作日志`,
  },
  {
    sql: `SELECT name FROM community GROUP BY trim(name) HAVING count(*) > 1`,
    describe: (row) => `社区名称“${row.name}”重复`,
  },
];
