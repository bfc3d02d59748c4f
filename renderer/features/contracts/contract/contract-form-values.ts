// The contract form's values (amounts as yuan text, dates as Dayjs, numbers as typed) and the input each
// channel takes: a draft (create / update) or an amendment (the terms with the reason and date).
import dayjs, { type Dayjs } from 'dayjs';
import {
  type ContractDetail,
  type ContractTerms,
  type InstalmentGate,
  type MultiYearCondition,
  type ProcurementMethod,
} from '../../../../shared/features/contracts/contract';
import { fenOfText, textOfFen } from '../../../ui/forms/yuan-field';

/** What a NumberInput holds (NumberFieldValue): the number typed, the text when it is none, or null.
 * Spelled out here so this file stays free of JSX for the tests that check it. */
type NumberFieldValue = number | string | null;

export interface CostItemValues {
  item: string;
  quantity: NumberFieldValue;
  unit: string;
  /** Yuan text; sent as fen. */
  unitPriceFen: string;
}

export interface InstalmentValues {
  label: string;
  /** Yuan text; sent as fen. A percentage typed beside it fills it in. */
  amountFen: string;
  plannedDate: Dayjs | null;
  gate: InstalmentGate;
}

export interface BudgetYearValues {
  year: number;
  amountFen: string;
}

export interface ContractFormValues {
  year: number | undefined;
  communityId: number | undefined;
  providerId: number | undefined;
  title: string;
  content: string;
  startDate: Dayjs | null;
  endDate: Dayjs | null;
  quantity: string;
  qualityStandard: string;
  priceFen: string;
  settlementMethod: string;
  rightsAndDuties: string;
  breachLiability: string;
  procurementMethod: ProcurementMethod | undefined;
  procurementNote: string;
  multiYear: Partial<Record<MultiYearCondition, boolean>>;
  costItems: CostItemValues[];
  instalments: InstalmentValues[];
  budgetYears: BudgetYearValues[];
  /** An amendment's own fields. */
  amendedDate?: Dayjs | null;
  reason?: string;
}

const iso = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');

export function blankContractValues(year: number): ContractFormValues {
  return {
    year,
    communityId: undefined,
    providerId: undefined,
    title: '',
    content: '',
    startDate: null,
    endDate: null,
    quantity: '',
    qualityStandard: '',
    priceFen: '',
    settlementMethod: '',
    rightsAndDuties: '',
    breachLiability: '',
    procurementMethod: 'commission',
    procurementNote: '',
    multiYear: {},
    costItems: [{ item: '', quantity: null, unit: '', unitPriceFen: '' }],
    instalments: [{ label: '第一期', amountFen: '', plannedDate: null, gate: 'none' }],
    budgetYears: [],
  };
}

function termsValues(terms: ContractTerms) {
  return {
    title: terms.title,
    content: terms.content,
    startDate: dayjs(terms.startDate),
    endDate: dayjs(terms.endDate),
    quantity: terms.quantity,
    qualityStandard: terms.qualityStandard,
    priceFen: textOfFen(terms.priceFen),
    settlementMethod: terms.settlementMethod,
    rightsAndDuties: terms.rightsAndDuties,
    breachLiability: terms.breachLiability,
    procurementMethod: terms.procurementMethod,
    procurementNote: terms.procurementNote,
    multiYear: terms.multiYear,
    costItems: terms.costItems.map((row) => ({
      item: row.item,
      quantity: row.quantity,
      unit: row.unit,
      unitPriceFen: textOfFen(row.unitPriceFen),
    })),
    instalments: terms.instalments.map((row) => ({
      label: row.label,
      amountFen: textOfFen(row.amountFen),
      plannedDate: dayjs(row.plannedDate),
      gate: row.gate,
    })),
    budgetYears: terms.budgetYears.map((row) => ({ year: row.year, amountFen: textOfFen(row.amountFen) })),
  };
}

export function contractValues(contract: ContractDetail): ContractFormValues {
  return {
    year: contract.year,
    communityId: contract.community.id,
    providerId: contract.provider.id,
    ...termsValues(contract.terms),
  };
}

/** The terms as the schema reads them; what cannot be read is passed as undefined, for the schema to name. */
export function termsInput(values: ContractFormValues) {
  return {
    title: values.title,
    content: values.content,
    startDate: iso(values.startDate),
    endDate: iso(values.endDate),
    quantity: values.quantity,
    qualityStandard: values.qualityStandard,
    priceFen: fenOfText(values.priceFen),
    settlementMethod: values.settlementMethod,
    rightsAndDuties: values.rightsAndDuties,
    breachLiability: values.breachLiability,
    procurementMethod: values.procurementMethod,
    procurementNote: values.procurementNote ?? '',
    multiYear: values.multiYear ?? {},
    costItems: (values.costItems ?? []).map((row) => ({
      item: row?.item ?? '',
      quantity: row?.quantity ?? undefined,
      unit: row?.unit ?? '',
      unitPriceFen: fenOfText(row?.unitPriceFen),
    })),
    instalments: (values.instalments ?? []).map((row) => ({
      label: row?.label ?? '',
      amountFen: fenOfText(row?.amountFen),
      plannedDate: iso(row?.plannedDate),
      gate: row?.gate,
    })),
    budgetYears: (values.budgetYears ?? []).map((row) => ({
      year: row.year,
      amountFen: fenOfText(row.amountFen),
    })),
  };
}

export function draftInput(values: ContractFormValues) {
  return {
    year: values.year,
    communityId: values.communityId,
    providerId: values.providerId,
    ...termsInput(values),
  };
}

export function amendInput(id: number, values: ContractFormValues) {
  return { id, amendedDate: iso(values.amendedDate), reason: values.reason ?? '', ...termsInput(values) };
}

/** A cost row's amount in fen, null while its quantity or unit price cannot be read. */
export function rowAmountFen(row: Partial<CostItemValues> | undefined): number | null {
  const unitPrice = fenOfText(row?.unitPriceFen);
  const quantity = row?.quantity;
  if (unitPrice === undefined || typeof quantity !== 'number' || !Number.isInteger(quantity)) return null;
  return unitPrice * quantity;
}
