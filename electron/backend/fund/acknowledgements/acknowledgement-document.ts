// The 捐赠确认书 as a PDF to print: the acknowledgement as issued, the fund and its host charity from the
// fund settings, and the office. What it prints follows the record: 副本 once a print is recorded, 作废
// once voided; producing the file changes nothing (recording the print does).
import type { ParsedInput } from '../../../../shared/contract';
import type { FileOutput } from '../../../../shared/contract/files';
import { printsAsCopy } from '../../../../shared/features/fund/acknowledgements/contract';
import type { ServiceContext } from '../../core/context';
import { conflict } from '../../core/errors';
import { fileOutput, pdfMime } from '../../core/file-output';
import { issuingOffice } from '../../core/office';
import { selectFundSettings } from '../books/settings-accounts';
import { acknowledgementTitle, renderAcknowledgement } from '../documents/acknowledgement.pdf';
import { requireAcknowledgement } from './acknowledgements';

export async function exportAcknowledgementPdf(
  ctx: ServiceContext,
  input: ParsedInput<'fund.acknowledgementPdf'>,
): Promise<FileOutput> {
  const acknowledgement = requireAcknowledgement(ctx, input.id);
  const settings = selectFundSettings(ctx.db);
  if (!settings) throw conflict('基金设置：请先保存基金设置（基金名称、托管机构），捐赠确认书以其名义出具');
  const copy = printsAsCopy(acknowledgement);
  const bytes = await renderAcknowledgement(
    {
      acknowledgement,
      fundName: settings.fundName,
      hostName: settings.hostName,
      officeName: issuingOffice(ctx).officeName,
      copy,
    },
    ctx.resourcesDir,
  );
  const name = `${acknowledgementTitle}（${acknowledgement.number}）${copy ? '副本' : ''}`;
  return fileOutput(`${name}.pdf`, pdfMime, bytes);
}
