// 每个社区一个文件 in browser mode: the series arrives as one zip download, not one download per community,
// and the zip holds each community's notice as a PDF under its own name.
import type { Download } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chooseOption } from './pages/access-requests-page';
import { openApp, uniqueName } from './pages/app';
import { NoticesPage } from './pages/notices-page';
import { saveDownload } from './support/downloaded-documents';
import { ensureOfficeName } from './support/funding-seed';
import { registerCommunity } from './support/register-api';
import { expect, test } from './support/signed-in';

/** Each entry's name and first bytes, as Python's zipfile reads them (and whether its CRCs hold). */
function zipEntries(file: string): { bad: string | null; entries: { name: string; head: string }[] } {
  const script = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    print(json.dumps({"bad": z.testzip(), "entries": [
        {"name": i.filename, "head": z.read(i)[:5].decode("latin-1")} for i in z.infolist()]}, ensure_ascii=False))`;
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as ReturnType<
    typeof zipEntries
  >;
}

test('每个社区一个文件 downloads one zip holding each community’s notice as a PDF', async ({
  page,
  request,
  requestAs,
}, testInfo) => {
  await ensureOfficeName(await requestAs('admin'));
  const first = await registerCommunity(request, { name: uniqueName('打包甲') });
  const second = await registerCommunity(request, { name: uniqueName('打包乙') });
  await openApp(page);
  const notices = new NoticesPage(page);
  await notices.open();
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));

  await notices.fill({
    kind: '两个清单',
    community: first.name,
    mode: '每个社区一个文件',
    startDate: '2026-09-01',
    workingDays: 5,
  });
  await chooseOption(page, notices.communities, second.name);
  await page.keyboard.press('Escape');
  const download = await notices.generate();
  await expect(page.getByTestId('notice-progress')).toHaveAttribute('data-running', 'false');
  await expect(page.getByTestId('notice-progress')).toHaveAttribute('data-done', '2');

  expect(download.suggestedFilename()).toBe('两个清单公示（2个社区）.zip');
  const zip = zipEntries(await saveDownload(download, testInfo));
  expect(zip.bad).toBeNull();
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  expect(zip.entries.sort(byName)).toEqual(
    [first, second]
      .map((community) => ({ name: `${community.name}两个清单公示.pdf`, head: '%PDF-' }))
      .sort(byName),
  );
  expect(downloads).toHaveLength(1);
});
