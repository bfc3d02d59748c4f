// 项目 of a community's posting: the funding category of the line it was posted to, filterable by the
// categories the year has. Shared by the disbursement and adjustment tables.
import type { ColumnsType } from 'antd/es/table';
import { fundingCategoryLabels, type FundingCategory } from '../../../../shared/features/funding/contract';

export function categoryColumn<T extends { lineId: number }>(
  categoryOfLine: Map<number, FundingCategory>,
): ColumnsType<T>[number] {
  return {
    title: '项目',
    key: 'category',
    filters: [...new Set(categoryOfLine.values())].map((category) => ({
      text: fundingCategoryLabels[category],
      value: category,
    })),
    onFilter: (value, row) => categoryOfLine.get(row.lineId) === value,
    render: (_, row) => {
      const category = categoryOfLine.get(row.lineId);
      return category ? fundingCategoryLabels[category] : '—';
    },
  };
}
