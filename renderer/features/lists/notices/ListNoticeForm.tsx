// 公示打印 form: which notice (两个清单 / 昆明三个清单), which communities, the posting period (start, working
// days, and the end date worked out from the holiday calendar) and the issue date, and the batch mode; in
// the desktop app also 输出方式: a merged notice goes to the printer by default, one file per community is
// always saved.
import { Button, Form, Radio, Select, type FormInstance } from 'antd';
import {
  listKindLabels,
  listNoticeLists,
  type ListNoticeKind,
} from '../../../../shared/features/lists/contract';
import type { OutputMethod } from '../../../api/printing';
import { DeliveryField } from '../../../ui/DeliveryField';
import { PostingPeriodFields, type PostingPeriodValues, type PostingPeriodState } from '../../calendar';

export type NoticeBatchMode = 'merged' | 'per_community';

export interface ListNoticeFormValues extends PostingPeriodValues {
  kind: ListNoticeKind;
  mode: NoticeBatchMode;
  /** Empty means every active community. */
  communityIds: number[];
  /** Desktop app only; 每个社区一个文件 always saves. */
  delivery?: OutputMethod;
}

export interface ListNoticeFormProps {
  form: FormInstance<ListNoticeFormValues>;
  initialValues: ListNoticeFormValues;
  communities: { id: number; name: string }[];
  period: PostingPeriodState;
  /** The desktop app: offer 输出方式. */
  printable: boolean;
  /** The shell is printing (its dialog may be open). */
  printing: boolean;
  running: boolean;
  onFinish: (values: ListNoticeFormValues) => void;
}

const kindLabel = (kind: ListNoticeKind) =>
  `${kind === 'two_lists' ? '两个清单' : '昆明三个清单'}（${listNoticeLists[kind].map((k) => listKindLabels[k]).join('、')}）`;

export function ListNoticeForm(props: ListNoticeFormProps) {
  const { form, initialValues, communities, printable, running } = props;
  const mode = Form.useWatch('mode', form);
  const delivery = Form.useWatch('delivery', form);
  const printsMerged = printable && mode !== 'per_community' && delivery === 'print';
  return (
    <Form<ListNoticeFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={props.onFinish}
      onValuesChange={(changed: Partial<ListNoticeFormValues>) => {
        // One file per community is saved file by file; back in merged mode printing is the default again.
        if (printable && changed.mode !== undefined) {
          form.setFieldValue('delivery', changed.mode === 'per_community' ? 'save' : 'print');
        }
      }}
      disabled={running}
      autoComplete="off"
      style={{ maxWidth: 720 }}
      data-testid="notice-form"
    >
      <Form.Item label="公示内容" name="kind" required>
        <Radio.Group
          data-testid="notice-kind"
          options={(['two_lists', 'kunming_lists'] as const).map((kind) => ({
            value: kind,
            label: kindLabel(kind),
          }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
        />
      </Form.Item>
      <Form.Item label="公示社区" name="communityIds" extra="不选择即为全部在册社区">
        <Select
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部社区"
          options={communities.map((community) => ({ value: community.id, label: community.name }))}
          data-testid="notice-communities"
        />
      </Form.Item>
      <Form.Item
        label="生成方式"
        name="mode"
        required
        extra="合并为一个PDF时，每个社区一节；只能选一个社区或全部社区"
      >
        <Radio.Group
          data-testid="notice-mode"
          options={[
            { value: 'merged', label: '合并为一个PDF' },
            { value: 'per_community', label: '每个社区一个文件' },
          ]}
        />
      </Form.Item>
      <PostingPeriodFields {...props.period} inputWidth={240} />
      {printable && (
        <DeliveryField
          testId="notice-delivery"
          printUnavailable={
            mode === 'per_community'
              ? '「每个社区一个文件」逐个保存为PDF，不能直接打印；要打印请选「合并为一个PDF」'
              : null
          }
        />
      )}
      <Button type="primary" htmlType="submit" loading={running} data-testid="notice-generate">
        {printsMerged ? (props.printing ? '正在打印…' : '打印') : '生成公示'}
      </Button>
    </Form>
  );
}
