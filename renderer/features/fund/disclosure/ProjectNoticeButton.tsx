// 公益项目公示 of one project (approval, budget, instalments paid, progress, closing with the leftover), as
// the project stands now: the posting period and phones, then to the printer or a PDF. For the project's
// page, which mounts it; recording the posting is the register's (RecordDisclosureModal).
import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { NoticeOutputModal } from './NoticeOutputModal';

export function ProjectNoticeButton({ projectId }: { projectId: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<PrinterOutlined />}
        onClick={() => setOpen(true)}
        data-testid={`fund-project-notice-${projectId}`}
      >
        打印项目公示
      </Button>
      {open && (
        <NoticeOutputModal
          title="打印公益项目公示"
          target={{ channel: 'fund.projectNoticePdf', input: { projectId } }}
          testId="fund-project-notice-form"
          onDone={() => undefined}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
