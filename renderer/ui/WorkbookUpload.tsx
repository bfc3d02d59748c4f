// The 导入 button of every Excel import: reads the chosen workbook here (the renderer never sends a path),
// checks it with the channel's schema, sends it as base64, and hands the answer back with the file name.
// While it runs, a status beside the button says which stage it is in; the backend parses in a worker
// thread, so the window stays responsive however long the check takes.
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Spin, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { RefusalTip } from './signed-in';
import type { ZodType } from 'zod';
import { fileTooLargeReason, importLimits } from '../../shared/domain/import-limits';
import { toApiError } from '../api/errors';
import { fileToBase64 } from '../api/files';

export interface WorkbookUploadProps<Input, Result> {
  /** Builds the channel input from the file; the schema checks it before anything is sent. */
  input: (file: { fileName: string; base64: string }) => unknown;
  schema: ZodType<Input>;
  send: (input: Input) => Promise<Result>;
  onResult: (fileName: string, result: Result) => void;
  testIds: { wrapper: string; button: string };
  /** Who may import, when the signed-in user may not (「须由经办人、审核人办理」): the button is disabled. */
  refusal?: string | undefined;
  children: ReactNode;
}

/** Where an import is: reading the file here, then the backend checking (and, if all is well, writing) it. */
type Stage = 'idle' | 'reading' | 'checking';
const stageLabels: Record<Exclude<Stage, 'idle'>, string> = {
  reading: '正在读取文件…',
  checking: '正在检查文件…',
};

export function WorkbookUpload<Input, Result>(props: WorkbookUploadProps<Input, Result>) {
  const { message } = App.useApp();
  const [stage, setStage] = useState<Stage>('idle');

  async function importFile(file: File): Promise<void> {
    // Refused before a byte is read: the backend would refuse it too, after the whole upload.
    if (file.size > importLimits.fileBytes) {
      void message.error(fileTooLargeReason(file.size));
      return;
    }
    setStage('reading');
    try {
      const parsed = props.schema.safeParse(
        props.input({ fileName: file.name, base64: await fileToBase64(file) }),
      );
      if (!parsed.success) {
        void message.error(parsed.error.issues[0]?.message ?? '文件无法读取');
        return;
      }
      setStage('checking');
      props.onResult(file.name, await props.send(parsed.data));
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setStage('idle');
    }
  }

  const busy = stage !== 'idle';
  return (
    <span data-testid={props.testIds.wrapper}>
      <Upload
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        showUploadList={false}
        disabled={busy || props.refusal !== undefined}
        beforeUpload={(file) => {
          void importFile(file);
          return false;
        }}
      >
        <RefusalTip refusal={props.refusal}>
          <Button
            icon={<UploadOutlined />}
            loading={busy}
            disabled={props.refusal !== undefined}
            data-testid={props.testIds.button}
          >
            {props.children}
          </Button>
        </RefusalTip>
      </Upload>
      <span
        role="status"
        aria-live="polite"
        style={busy ? { marginLeft: 8 } : undefined}
        data-testid={`${props.testIds.wrapper}-status`}
      >
        {busy && (
          <Typography.Text type="secondary">
            <Spin size="small" /> {stageLabels[stage]}
          </Typography.Text>
        )}
      </span>
    </span>
  );
}
