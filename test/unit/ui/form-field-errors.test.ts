// A field's message goes once its value becomes valid, or once another field mends what the schema found;
// an unchanged field keeps a server refusal.
import { describe, expect, it } from 'vitest';
import { recheckShownProblems, valueKey, type FieldPath } from '../../../renderer/ui/forms/field-errors';

const shownOn = (path: FieldPath, value: unknown) => ({ path, valueWhenShown: valueKey(value) });

describe('recheckShownProblems', () => {
  it('clears the message of a field the clerk has made valid', () => {
    const values: Record<string, unknown> = { name: '世纪城' };
    const updates = recheckShownProblems([shownOn(['name'], '')], [], (path) => values[String(path[0])]);
    expect(updates).toEqual([{ path: ['name'], errors: [] }]);
  });

  it('shows the schema’s current message for a field that is still wrong', () => {
    const values: Record<string, unknown> = { totalHouseholds: -1 };
    const updates = recheckShownProblems(
      [shownOn(['totalHouseholds'], 3200.5)],
      [{ path: ['totalHouseholds'], message: '总户数：不能小于 0' }],
      (path) => values[String(path[0])],
    );
    expect(updates).toEqual([{ path: ['totalHouseholds'], errors: ['总户数：不能小于 0'] }]);
  });

  it('leaves a field whose value has not changed alone, so a server refusal stays', () => {
    const values: Record<string, unknown> = { name: '世纪城', code: 'A-1' };
    const updates = recheckShownProblems([shownOn(['code'], 'A-1')], [], (path) => values[String(path[0])]);
    expect(updates).toEqual([]);
  });

  it('clears a message of the schema once another field mends it (the lines match the corrected budget)', () => {
    const shown = { ...shownOn(['budgetLines'], [{ amountFen: '8000' }]), fromSchema: true };
    const updates = recheckShownProblems([shown], [], () => [{ amountFen: '8000' }]);
    expect(updates).toEqual([{ path: ['budgetLines'], errors: [] }]);
  });

  it('finds nested fields by their whole path', () => {
    const updates = recheckShownProblems(
      [shownOn(['courtyardHouseholds', 1, 'households'], null)],
      [{ path: ['courtyardHouseholds', 1, 'households'], message: '院落户数：必须是整数' }],
      () => 12.5,
    );
    expect(updates).toEqual([
      { path: ['courtyardHouseholds', 1, 'households'], errors: ['院落户数：必须是整数'] },
    ]);
  });
});
