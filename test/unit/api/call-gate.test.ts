// The gate a live restore closes: calls already under way finish first, calls arriving meanwhile are
// refused in Chinese, and the gate opens again after the restore, whether it succeeded or not.
import { describe, expect, it } from 'vitest';
import { CallGate, restoringMessage } from '../../../electron/backend/api/call-gate';
import { ok, type Result } from '../../../shared/contract';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the call gate', () => {
  it('lets the restore wait for the calls under way, and refuses the calls arriving meanwhile', async () => {
    const gate = new CallGate();
    const order: string[] = [];
    let finishSlowCall!: () => void;
    const slow = gate.pass(
      () =>
        new Promise<Result<number>>(
          (resolve) => (finishSlowCall = () => (order.push('slow call done'), resolve(ok(1)))),
        ),
    );
    const restore = gate.pass(() =>
      gate.alone(1, async () => {
        order.push('restore runs');
        return ok('restored');
      }),
    );
    await tick();
    expect(order).toEqual([]);
    expect(await gate.pass(async () => ok('late'))).toEqual({
      ok: false,
      error: { code: 'conflict', message: restoringMessage },
    });
    finishSlowCall();
    await Promise.all([slow, restore]);
    expect(order).toEqual(['slow call done', 'restore runs']);
    expect(await gate.pass(async () => ok('after'))).toEqual(ok('after'));
  });

  it('opens again when the restore fails', async () => {
    const gate = new CallGate();
    await expect(gate.alone(0, () => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    expect(await gate.pass(async () => ok(2))).toEqual(ok(2));
  });
});
