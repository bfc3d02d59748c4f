// Sample 捐赠确认书 for `cli demo`: three donors thanked, one acknowledgement printed twice (the second
// copy is a 副本), and one voided for a misspelt name and issued again, so the register shows a 作废
// number that stays used.
import type { Fund } from './demo-fund-setup';
import { call } from './open-backend';

interface Given {
  id: number;
  date: string;
}

/** The day after the donation: the office writes the acknowledgement once the money is in. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

async function issue(fund: Fund, donation: Given) {
  return call(fund.people.preparer, 'fund.issueAcknowledgement', {
    donationId: donation.id,
    issuedOn: dayAfter(donation.date),
  });
}

async function printed(fund: Fund, id: number) {
  await call(fund.people.preparer, 'fund.recordAcknowledgementPrint', { id });
}

export async function seedDemoAcknowledgements(
  fund: Fund,
  thanked: Given,
  reprinted: Given,
  misspelt: Given,
) {
  await printed(fund, (await issue(fund, thanked)).id);
  const twice = await issue(fund, reprinted);
  await printed(fund, twice.id);
  await printed(fund, twice.id);
  const wrong = await issue(fund, misspelt);
  await printed(fund, wrong.id);
  await call(fund.people.preparer, 'fund.voidAcknowledgement', {
    id: wrong.id,
    reason: '捐赠单位名称打印有误，收回作废后重新出具',
  });
  await printed(fund, (await issue(fund, misspelt)).id);
}
