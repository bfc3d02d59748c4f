// 经费核定 (/funding/:year?): the year's status and standard, its actions, and the communities' table.
// Without a year in the address it opens on the latest year on record (or this year).
import { Alert, Card, Space, Typography } from 'antd';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useFundingYear, useFundingYears, useStandards } from '../queries';
import { PageState } from '../../../ui/PageState';
import { AllocationStatusTag } from './AllocationStatusTag';
import { FundingYearSelect } from './FundingYearSelect';
import { FundingYearTable } from './FundingYearTable';
import { RegisterChangeAlert } from './RegisterChange';
import { StandardSummary } from '../standards/StandardSummary';
import { FundingYearActions } from './FundingYearActions';
import { defaultFundingYear, fundingYearOptions, standardForYear, yearOfParam } from './year-options';
import { useToday } from '../../../ui/today';

export function FundingYearPage() {
  const params = useParams();
  const navigate = useNavigate();
  const years = useFundingYears();
  const year = yearOfParam(params.year);
  const funding = useFundingYear(year ?? 0);
  const standards = useStandards();
  const thisYear = useToday().year;

  if (years.isError) return <PageState state="error" error={years.error} />;
  if (!years.data) return <PageState state="loading" />;
  if (year === null) return <Navigate to={`/funding/${defaultFundingYear(years.data, thisYear)}`} replace />;

  const options = fundingYearOptions(years.data, thisYear);
  if (!options.some((option) => option.year === year))
    options.unshift({ year, status: funding.data?.status ?? 'none' });
  const data = funding.data;
  const standard =
    data?.standard ?? (data?.status === 'none' ? standardForYear(standards.data ?? [], year) : null);

  return (
    <Card
      title={
        <Space wrap>
          经费核定
          <FundingYearSelect
            options={options}
            value={year}
            onChange={(next) => void navigate(`/funding/${next}`)}
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
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <StandardSummary standard={standard} status={data.status} />
          <FundingYearActions funding={data} />
          {data.status === 'approved' && <RegisterChangeAlert rows={data.rows} />}
          {data.status === 'none' && (
            <Alert
              type="info"
              showIcon
              title={`${year} 年尚未测算。各社区填报 ${year} 年度情况（户数、院落户数）后，点击「测算全年」。`}
            />
          )}
          {data.status === 'draft' && (
            <Typography.Text type="secondary">
              草稿：点击社区进入经费页，录入党建工作经费、调整核定金额；全部金额确定后才能审批。
            </Typography.Text>
          )}
          <FundingYearTable
            funding={data}
            loading={funding.isFetching}
            onOpen={(communityId) => void navigate(`/funding/${year}/community/${communityId}`)}
          />
        </Space>
      )}
    </Card>
  );
}
