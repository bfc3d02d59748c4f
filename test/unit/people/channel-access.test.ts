// A control is offered to the roles its channel's declaration admits, and says who may when it is not.
import { describe, expect, it } from 'vitest';
import { channelNames, rolesOf } from '../../../shared/contract/channels';
import { admits, userRoles } from '../../../shared/contract/roles';
import { refusalOf } from '../../../renderer/ui/permissions';

describe('who may press what', () => {
  it('refuses 审批 to 经办人 and 管理员, saying 审核人 does it', () => {
    expect(refusalOf('funding.approve', 'preparer')).toBe('须由审核人办理');
    expect(refusalOf('funding.approve', 'administrator')).toBe('须由审核人办理');
    expect(refusalOf('funding.approve', 'approver')).toBeNull();
  });

  it('names every role a channel admits', () => {
    expect(refusalOf('funding.compute', 'administrator')).toBe('须由经办人、审核人办理');
    expect(refusalOf('standards.save', 'approver')).toBe('须由管理员办理');
  });

  it('asks nobody signed in to sign in, except for sign-in itself', () => {
    expect(refusalOf('funding.year', null)).toBe('请先登录');
    expect(refusalOf('auth.signIn', null)).toBeNull();
  });

  it('agrees with the declaration of every channel for every role', () => {
    for (const channel of channelNames) {
      for (const role of userRoles) {
        expect(refusalOf(channel, role) === null, `${channel} as ${role}`).toBe(
          admits(rolesOf(channel), role),
        );
      }
    }
  });
});
