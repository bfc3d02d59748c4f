// The ledger needs no camera, location, notifications, clipboard reads or external protocols: every
// permission request and check is refused, whatever the page asks for.

export function permissionDecision(_permission: string): false {
  return false;
}

export function permissionCheckDecision(_permission: string): false {
  return false;
}
