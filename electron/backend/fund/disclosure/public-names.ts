// What a public document may print of a donor: the published name. Free text the clerk typed (a reversal's
// reason, a voucher's counterparty, a project's report) may still hold an anonymous donor's own name, so
// every such text goes through publicText before it is printed.
import type { Db } from '../../core/db/connection';

export type PublicText = (text: string) => string;

export function publicTextOf(db: Db): PublicText {
  const donors = db
    .prepare(`SELECT name, published_name AS publishedName FROM fund_donor WHERE anonymous = 1`)
    .all() as { name: string; publishedName: string }[];
  // Longest first, so that 王某某 is replaced before a shorter name inside it.
  const names = donors
    .map((donor) => ({ name: donor.name.trim(), publishedName: donor.publishedName }))
    .filter((donor) => donor.name !== '' && donor.name !== donor.publishedName)
    .sort((a, b) => b.name.length - a.name.length);
  return (text) => names.reduce((out, donor) => out.split(donor.name).join(donor.publishedName), text);
}
