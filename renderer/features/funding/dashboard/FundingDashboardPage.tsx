// 经费看板 (/funding/dashboard?year=): the year's totals and execution rate, allocated against disbursed per
// community, and the allocation by category; then the micro-fund's balances and its disclosure deadlines.
import { Alert, Card, Space } from 'antd';
import { useSearchParams } from 'react-router';
import { PurchasedServicesBudgetTable } from '../../contracts';
import { DisclosureDeadlinesCard, FundBalancesCard } from '../../fund';
import { useFundingYear, useFundingYears } from '../queries';
import { PageState } from '../../../ui/PageState';
import { AllocationStatusTag } from '../year/AllocationStatusTag';
import { FundingCharts } from './FundingCharts';
import { FundingStatistics } from './FundingStatistics';
import { FundingYearSelect } from '../year/FundingYearSelect';
import { defaultFundingYear, fundingYearOptions, yearOfParam } from '../year/year-options';
import { useToday } from '../../../ui/today';

export function FundingDashboardPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const years = useFundingYears();
  const thisYear = useToday().year;
  const chosen = yearOfParam(searchParams.get('year'));
  const year = chosen ?? (years.data ? defaultFundingYear(years.data, thisYear) : null);
  const funding = useFundingYear(year ?? 0);

  if (years.isError) return <PageState state="error" error={years.error} />;
  if (!years.data || year === null) return <PageState state="loading" />;

  const options = fundingYearOptions(years.data, thisYear);
  if (!options.some((option) => option.year === year))
    options.unshift({ year, status: funding.data?.status ?? 'none' });
  const data = funding.data;

  return (
    <Card
      title={
        <Space wrap>
          经费看板
          <FundingYearSelect
            options={options}
            value={year}
            onChange={(next) => setSearchParams({ year: String(next) }, { replace: true })}
            testId="dashboard-year-select"
          />
          {data && (
            <AllocationStatusTag
              status={data.status}
              approvedBy={data.approvedBy}
              approvedAt={data.approvedAt}
            />
          )}
        </Space>
      }
    >
      {funding.isError && <PageState state="error" error={funding.error} />}
      {!data ? (
        !funding.isError && <PageState state="loading" />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="funding-dashboard">
          {data.status === 'draft' && (
            <Alert type="info" showIcon title="本年度核定尚未审批，以下为草稿金额。" />
          )}
          <FundingStatistics funding={data} />
          <FundingCharts funding={data} />
          <PurchasedServicesBudgetTable year={year} />
          <FundBalancesCard />
          <DisclosureDeadlinesCard />
        </Space>
      )}
    </Card>
  );
}
