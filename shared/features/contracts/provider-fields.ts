// Inputs of the providers (承接主体) and their qualification checks. The kind decides the identifier:
// a 统一社会信用代码 for every body, a 公民身份号码 for a person; the two bodies 第六条/第八条 exclude are refused.
import { z } from 'zod';
import { validateUscc } from '../../domain/uscc';
import { checkIdNumber } from '../../domain/id-number';
import {
  flag,
  isoDate,
  multiline,
  oneOf,
  optionalText,
  phone,
  recordId,
  requiredText,
} from '../../contract/fields';
import {
  excludedProviderKinds,
  excludedProviderMessages,
  needsUscc,
  providerKinds,
  providerStatuses,
  qualificationResults,
  type ExcludedProviderKind,
  type ProviderKind,
} from './provider-rules';

const kindChoices = [...providerKinds, ...excludedProviderKinds] as const;

const providerFields = z.object({
  name: requiredText('名称', 100),
  kind: oneOf('主体类型', kindChoices),
  /** Upper-cased and folded to half-width on the way in; empty for a person. */
  uscc: optionalText('统一社会信用代码', 30),
  /** A person's 公民身份号码; empty for a body. */
  idNumber: optionalText('身份证号码', 30),
  registrationAuthority: optionalText('登记管理机关', 100),
  legalRepresentative: requiredText('法定代表人（负责人）', 50),
  contactPerson: requiredText('联系人', 50),
  contactPhone: phone('联系电话').refine((value) => value !== '', { error: '联系电话：不能为空' }),
  bankName: requiredText('开户银行', 100),
  bankAccount: requiredText('银行账号', 40).refine((value) => /^[0-9 -]{6,40}$/.test(value), {
    error: '银行账号：只能包含数字、空格和 -，至少 6 位',
  }),
  note: optionalText('备注', 500, multiline),
});

function isExcluded(kind: string): kind is ExcludedProviderKind {
  return (excludedProviderKinds as readonly string[]).includes(kind);
}

/** The kind's identifier checked and normalised; an excluded kind refused with its article. */
function checkProvider<T extends z.infer<typeof providerFields>>(value: T, context: z.RefinementCtx) {
  if (isExcluded(value.kind)) {
    context.addIssue({ code: 'custom', message: excludedProviderMessages[value.kind], path: ['kind'] });
    return z.NEVER;
  }
  const kind = value.kind as ProviderKind;
  if (needsUscc(kind)) {
    const uscc = validateUscc(value.uscc);
    if (!uscc.ok) {
      context.addIssue({
        code: 'custom',
        message:
          value.uscc === ''
            ? '统一社会信用代码：不能为空（个人以外的承接主体必须填写）'
            : `统一社会信用代码：${uscc.reason.replace(/^统一社会信用代码/u, '')}`,
        path: ['uscc'],
      });
      return z.NEVER;
    }
    return { ...value, kind, uscc: uscc.normalized, idNumber: '' };
  }
  const id = checkIdNumber(value.idNumber);
  if (!id.ok) {
    context.addIssue({
      code: 'custom',
      message: value.idNumber === '' ? '身份证号码：个人承接主体必须填写' : `身份证号码：${id.reason}`,
      path: ['idNumber'],
    });
    return z.NEVER;
  }
  return { ...value, kind, uscc: '', idNumber: id.normalized };
}

export const providerInput = providerFields.transform(checkProvider);
export type ProviderInput = z.input<typeof providerInput>;

export const providerUpdateInput = providerFields
  .extend({ id: recordId('承接主体') })
  .transform(checkProvider);

export const providerIdInput = z.object({ id: recordId('承接主体') });

export const providerListInput = z.object({
  search: optionalText('搜索', 50),
  kind: oneOf('主体类型', providerKinds).optional(),
  status: oneOf('状态', providerStatuses).optional(),
});

export const providerSuspendInput = z.object({
  id: recordId('承接主体'),
  reason: requiredText('暂停理由', 500, multiline),
});

export const qualificationCheckInput = z.object({
  providerId: recordId('承接主体'),
  checkedOn: isoDate('查询日期'),
  checkedBy: requiredText('查询人', 50),
  /** 信用中国 (www.creditchina.gov.cn): 失信被执行人、重大税收违法失信主体. */
  creditChina: oneOf('信用中国查询结果', qualificationResults),
  /** 中国政府采购网 政府采购严重违法失信行为记录名单. */
  procurementBlacklist: oneOf('政府采购严重违法失信名单查询结果', qualificationResults),
  /** 参加政府购买服务活动前三年内无重大违法记录的书面声明. */
  declarationReceived: flag('近三年无重大违法记录声明'),
  note: optionalText('备注', 500, multiline),
});
