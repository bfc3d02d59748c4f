// 社区经费 (/funding/:year/community/:communityId): one community's year — its lines, and once approved
// its disbursements and adjustments.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Result, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { toApiError } from '../../../api/errors';
import { PurchasedServicesBudgetCard } from '../../contracts';
import { useCommunityFunding, useFundingYear } from '../queries';
import { PageState } from '../../../ui/PageState';
import { CommunityFundingHeader } from './CommunityFundingHeader';
import { FundingLinesSection } from '../year/FundingLinesSection';
import { PostingsSection } from './PostingsSection';
import { yearOfParam } from '../year/year-options';

export function CommunityFundingPage() {
  const params = useParams();
  const year = yearOfParam(params.year);
  const communityId = Number(params.communityId);
  const funding = useCommunityFunding(year ?? 0, communityId);
  // The year's record says who approved it (usually cached: the clerk came from the year's table).
  const fundingYear = useFundingYear(year ?? 0);

  const backLink = (
    <Link to={year === null ? '/funding' : `/funding/${year}`} data-testid="back-to-funding-year">
      <ArrowLeftOutlined /> 返回{year === null ? '经费核定' : ` ${year} 年经费核定`}
    </Link>
  );

  if (year === null || !Number.isInteger(communityId) || communityId <= 0 || funding.isError) {
    const text = funding.isError ? toApiError(funding.error).message : '年度或社区编号无效';
    return (
      <PageState
        state="not-found"
        title="找不到该社区的经费"
        reason={text}
        back={backLink}
        testId="community-funding-not-found"
      />
    );
  }
  if (!funding.data) return <PageState state="loading" />;

  const data = funding.data;
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="community-funding-page"
    >
      <CommunityFundingHeader
        funding={data}
        approvedBy={fundingYear.data?.approvedBy ?? null}
        approvedAt={fundingYear.data?.approvedAt ?? null}
        back={backLink}
      />
      {data.status === 'none' ? (
        <Result
          status="info"
          title={`${year} 年尚未测算`}
          subTitle="请先在经费核定中测算全年，再录入党建工作经费或调整核定金额。"
          extra={<Link to={`/funding/${year}`}>前往经费核定</Link>}
        />
      ) : (
        <>
          <FundingLinesSection funding={data} />
          {(data.status === 'approved' || data.disbursements.length > 0) && (
            <PostingsSection funding={data} />
          )}
          <PurchasedServicesBudgetCard year={year} communityId={communityId} />
        </>
      )}
    </Space>
  );
}
