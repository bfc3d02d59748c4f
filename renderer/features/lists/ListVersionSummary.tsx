// The heading facts of one list version: number, state, 生效日期, 批准, item and example counts.
import { Descriptions, Tag } from 'antd';
import type { ListVersion } from '../../../shared/features/lists/contract';
import { formatDateTime } from '../../ui/format';

export function ListVersionSummary({ version, testId }: { version: ListVersion; testId: string }) {
  const published = version.status === 'published';
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 3 }}
      data-testid={testId}
      data-version-no={version.versionNo}
      items={[
        {
          label: '版本',
          children: (
            <>
              第 {version.versionNo} 版{' '}
              {published ? <Tag color="green">现行</Tag> : <Tag color="gold">修订稿</Tag>}
            </>
          ),
        },
        { label: '生效日期', children: version.effectiveDate ?? '发布时填写' },
        { label: '批准', children: version.approvedBy ?? '发布时填写' },
        { label: '事项数', children: `${version.itemCount} 项` },
        {
          label: '示例事项',
          children:
            version.sampleCount > 0 ? (
              <Tag color="orange" data-testid={`${testId}-samples`}>
                {version.sampleCount} 项示例，请以官方清单替换
              </Tag>
            ) : (
              '无'
            ),
        },
        {
          label: published ? '发布时间' : '最后修改',
          children: formatDateTime(published ? version.publishedAt : version.updatedAt),
        },
      ]}
    />
  );
}
