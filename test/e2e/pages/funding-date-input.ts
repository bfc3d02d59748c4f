// Typing a date into one of the funding forms' date pickers (the test id is on the picker's input).
import { expect, type Locator } from '@playwright/test';

/**
 * Types the date and leaves the field with Tab, which commits it. Not Enter: in these modal forms Enter
 * also submits the whole form, with whatever the later fields still hold.
 */
export async function typeDate(picker: Locator, isoDate: string): Promise<void> {
  await picker.click();
  await picker.fill(isoDate);
  await picker.press('Tab');
  await expect(picker).toHaveValue(isoDate);
}
