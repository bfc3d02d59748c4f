// Whatever a caller sends, dispatch answers with a Chinese message that names the field: never zod's
// English default, never an internal error. Walks every channel of the contract, so a schema added later
// without its own messages fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../../shared/contract';
import { channelNames, rolesOf, type ChannelName } from '../../../shared/contract/channels';
import { admits, userRoles } from '../../../shared/contract/roles';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';

let backend: TestBackend;
beforeAll(async () => {
  backend = await openTestBackend();
});
afterAll(() => backend.dispose());

/** Sends as a user the channel admits, so the input is what is judged, not the caller. */
function sendAsAdmitted(channel: ChannelName, input: unknown) {
  const role = userRoles.find((candidate) => admits(rolesOf(channel), candidate))!;
  return backend.dispatch(channel, input, backend.as(role).caller);
}

/** 「字段名：问题」 with no English word of zod's defaults in it. */
const clerkMessage = /^[^：]+：(?!.*\b(Invalid|expected|received|Too)\b)/;

const notAnObject: [string, unknown][] = [
  ['an array', []],
  ['a string', '世纪城'],
  ['null', null],
  ['a number', 42],
  ['a boolean', true],
];

describe('dispatch', () => {
  it.each(notAnObject)('refuses %s as the argument of every channel, in Chinese', async (_, input) => {
    for (const channel of channelNames) {
      const result = await sendAsAdmitted(channel, input);
      expect(result.ok, channel).toBe(false);
      expect(!result.ok && result.error, channel).toEqual({
        code: 'invalid_input',
        message: '请求内容：应为一个对象（JSON 的 {…}），不能是数组、文字、数字或 null',
      });
    }
  });

  it.each([
    ['funding.notice', { year: 2026, startDate: '9999-12-25', workingDays: 5, issueDate: '2026-03-15' }],
    ['lists.notice', { kind: 'two_lists', startDate: '9999-12-25', workingDays: 5, issueDate: '2026-03-15' }],
    ['calendar.postingEnd', { startDate: '9999-12-25', workingDays: 30 }],
  ] as const)('answers %s with a notice start date of 9999-12-25 in Chinese', async (channel, input) => {
    const result = await sendAsAdmitted(channel, input);
    expect(!result.ok && result.error).toEqual({
      code: 'invalid_input',
      message: '公示开始日期：应在 2000-01-01 至 2100-12-31 之间',
      field: 'startDate',
    });
    expect(backend.loggedErrors).toEqual([]);
  });

  it('refuses a notice signed in year 9999 in Chinese', async () => {
    const result = await sendAsAdmitted('lists.notice', {
      kind: 'two_lists',
      startDate: '2026-03-16',
      workingDays: 5,
      issueDate: '9999-01-01',
    });
    expect(!result.ok && result.error).toMatchObject({
      message: '落款日期：应在 2000-01-01 至 2100-12-31 之间',
      field: 'issueDate',
    });
  });
});

/** Values of every JSON type but the one a field wants end up among these. */
const wrongValues: unknown[] = [[], '', 'x', 1, 1.5, -1, null, true, {}];

/** Every issue zod raises for a wrong value in any field, at any depth, of a channel's argument. */
function issuesOfWrongValues(schema: z.ZodType): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  const visit = (field: z.ZodType, place: (value: unknown) => unknown) => {
    for (const value of wrongValues) {
      const result = schema.safeParse(place(value));
      if (!result.success) issues.push(...result.error.issues);
    }
    const inner = unwrapped(field);
    const def = inner._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
    if (def.type === 'object' && def.shape) {
      for (const [key, child] of Object.entries(def.shape)) visit(child, (value) => place({ [key]: value }));
    }
    if (def.type === 'array' && def.element) visit(def.element, (value) => place([value]));
  };
  visit(schema, (value) => value);
  return issues;
}

function unwrapped(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  return inner ? unwrapped(inner) : schema;
}

describe('the contract', () => {
  it('gives every wrong type, top-level or nested, a Chinese message that names its field', () => {
    const english = channelNames.flatMap((channel) =>
      issuesOfWrongValues(contract[channel].input as z.ZodType)
        .filter((issue) => !clerkMessage.test(issue.message))
        .map((issue) => `${channel} ${issue.path.join('.')}: ${issue.message}`),
    );
    // Top-level non-objects are answered by dispatch before zod sees them.
    expect(english.filter((line) => !/^\S+ : Invalid input: expected object/.test(line))).toEqual([]);
  });
});
