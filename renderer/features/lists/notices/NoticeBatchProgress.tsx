// Progress of a 每个社区一个文件 run: n / total, the community being produced, and 取消.
import { Alert, Button, Progress, Space, Typography } from 'antd';

export interface NoticeBatchState {
  done: number;
  total: number;
  current: string | null;
  running: boolean;
  canceled: boolean;
  error: string | null;
}

export function NoticeBatchProgress({ state, onCancel }: { state: NoticeBatchState; onCancel: () => void }) {
  const percent = state.total === 0 ? 0 : Math.round((state.done / state.total) * 100);
  const status = state.error ? 'exception' : state.running ? 'active' : state.canceled ? 'normal' : 'success';
  return (
    <Space
      orientation="vertical"
      style={{ width: '100%', maxWidth: 720 }}
      data-testid="notice-progress"
      data-done={state.done}
      data-total={state.total}
      data-running={String(state.running)}
    >
      <Progress percent={percent} status={status} format={() => `${state.done} / ${state.total}`} />
      <Space>
        <Typography.Text>
          {state.running
            ? `正在生成：${state.current ?? ''}（第 ${state.done + 1} 个，共 ${state.total} 个）`
            : state.canceled
              ? `已取消，已生成 ${state.done} 个文件`
              : state.error
                ? `已生成 ${state.done} 个文件后中止`
                : `已全部生成，共 ${state.done} 个文件`}
        </Typography.Text>
        {state.running && (
          <Button size="small" onClick={onCancel} data-testid="notice-cancel">
            取消
          </Button>
        )}
      </Space>
      {state.error && <Alert type="error" showIcon title={state.error} />}
    </Space>
  );
}
