// 捐赠确认书登记簿 (/fund/acknowledgements): every acknowledgement of the chosen year of issue in number order,
// 有效 or 作废 (with the reason: a voided number stays in the register, never reused), how often printed,
// and 打印 / 作废 on a valid one. Acknowledgements are issued from a donation's row (捐赠).
import { Card, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Acknowledgement } from '../../../../shared/features/fund/acknowledgements/contract';
import { all, AllOrOneSelect, type AllOr } from '../../../ui/AllOrOneSelect';
import { PageState } from '../../../ui/PageState';
import { useToday } from '../../../ui/today';
import { FundNav } from '../books/FundNav';
import { AcknowledgementsTable } from './AcknowledgementsTable';
import { useAcknowledgements } from './queries';
import { useAcknowledgementPrint } from './use-acknowledgement-print';
import { VoidAcknowledgementModal } from './VoidAcknowledgementModal';

export function AcknowledgementsPage() {
  const { year: thisYear } = useToday();
  const [year, setYear] = useState<AllOr<number>>(thisYear);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [voiding, setVoiding] = useState<Acknowledgement | null>(null);
  const register = useAcknowledgements({ year: year === all ? undefined : year, ...page });
  const printing = useAcknowledgementPrint();
  return (
    <>
      <FundNav />
      <Card
        title={
          <Space>
            捐赠确认书登记簿
            <AllOrOneSelect<number>
              value={year}
              onChange={(next) => {
                setYear(next);
                setPage((current) => ({ ...current, page: 1 }));
              }}
              width={110}
              label="按出具年度筛选"
              allLabel="全部年度"
              options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({
                value: y,
                label: `${y} 年`,
              }))}
              testId="fund-ack-year"
            />
          </Space>
        }
        extra={<Typography.Text type="secondary">在「捐赠」列表的捐赠行上开具确认书</Typography.Text>}
        data-testid="fund-acknowledgements"
      >
        {register.isError && <PageState state="error" error={register.error} />}
        <AcknowledgementsTable
          rows={register.data?.rows ?? []}
          loading={register.isFetching}
          actions={{
            onPrint: (row) => printing.mutate(row),
            onVoid: setVoiding,
            printing: printing.isPending,
          }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: register.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 份`,
            onChange: (next, pageSize) => setPage({ page: next, pageSize }),
          }}
        />
      </Card>
      {voiding && <VoidAcknowledgementModal acknowledgement={voiding} onClose={() => setVoiding(null)} />}
    </>
  );
}
