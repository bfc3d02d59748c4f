// The 导入 button of every Excel import: reads the chosen workbook here (the renderer never sends a path),
// checks it with the channel's schema, sends it as base64, and hands the answer back with the file name.
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ZodType } from 'zod';
import { toApiError } from '../api/errors';
import { fileToBase64 } from '../api/files';

export interface WorkbookUploadProps<Input, Result> {
  /** Builds the channel input from the file; the schema checks it before anything is sent. */
  input: (file: { fileName: string; base64: string }) => unknown;
  schema: ZodType<Input>;
  send: (input: Input) => Promise<Result>;
  onResult: (fileName: string, result: Result) => void;
  testIds: { wrapper: string; button: string };
  children: ReactNode;
}

export function WorkbookUpload<Input, Result>(props: WorkbookUploadProps<Input, Result>) {
  const { message } = App.useApp();
  const [reading, setReading] = useState(false);

  async function importFile(file: File): Promise<void> {
    setReading(true);
    try {
      const parsed = props.schema.safeParse(
        props.input({ fileName: file.name, base64: await fileToBase64(file) }),
      );
      if (!parsed.success) {
        void message.error(parsed.error.issues[0]?.message ?? '文件无法读取');
        return;
      }
      props.onResult(file.name, await props.send(parsed.data));
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setReading(false);
    }
  }

  return (
    <span data-testid={props.testIds.wrapper}>
      <Upload
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        showUploadList={false}
        disabled={reading}
        beforeUpload={(file) => {
          void importFile(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={reading} data-testid={props.testIds.button}>
          {props.children}
        </Button>
      </Upload>
    </span>
  );
}
