// 票据登记簿 (/fund/receipts): a year's posted donations awaiting their 捐赠票据, those recorded (in 票据代码
// and 号码 order), and any 票据 recorded twice, highlighted.
import { Alert, Card, Space, Tabs } from 'antd';
import { useState } from 'react';
import type { Donation } from '../../../../shared/features/fund/donations/contract';
import { PageState } from '../../../ui/PageState';
import { useToday } from '../../../ui/today';
import { FundNav } from '../books/FundNav';
import { YearSelect } from '../reports/ReportFrame';
import { DonationsTable } from './DonationsTable';
import { ReceiptModal } from './ReceiptModal';
import { useFundReceiptRegister } from './queries';

export function ReceiptsPage() {
  const { year: thisYear } = useToday();
  const [year, setYear] = useState(thisYear);
  const [receiptOf, setReceiptOf] = useState<Donation | null>(null);
  const register = useFundReceiptRegister(year);
  const data = register.data;
  const duplicated = new Set(data?.duplicates.flatMap((d) => d.donationIds) ?? []);
  return (
    <>
      <FundNav />
      <Card
        title={
          <Space>
            捐赠票据登记簿
            <YearSelect value={year} onChange={setYear} testId="fund-receipts-year" />
          </Space>
        }
        data-testid="fund-receipts"
      >
        {register.isError && <PageState state="error" error={register.error} />}
        {data && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {data.duplicates.length > 0 && (
              <Alert
                type="error"
                showIcon
                data-testid="fund-receipts-duplicates"
                title="以下票据号码重复登记，请更正："
                description={data.duplicates.map((d) => `${d.code}-${d.number}`).join('、')}
              />
            )}
            <Tabs
              items={[
                {
                  key: 'awaiting',
                  label: `待开票（${data.awaiting.length}）`,
                  children: (
                    <DonationsTable
                      rows={data.awaiting}
                      loading={register.isFetching}
                      onReceipt={setReceiptOf}
                      pagination={{ pageSize: 20, hideOnSinglePage: true }}
                    />
                  ),
                },
                {
                  key: 'recorded',
                  label: `已开票（${data.recorded.length}）`,
                  children: (
                    <DonationsTable
                      rows={data.recorded}
                      loading={register.isFetching}
                      onReceipt={setReceiptOf}
                      highlight={duplicated}
                      pagination={{ pageSize: 20, hideOnSinglePage: true }}
                    />
                  ),
                },
              ]}
            />
          </Space>
        )}
      </Card>
      <ReceiptModal donation={receiptOf} onClose={() => setReceiptOf(null)} />
    </>
  );
}
