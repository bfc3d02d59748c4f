// The Node side ending a sign-in is heard on any call (idle expiry, a disabled account), far from the
// sign-in gate that must react: calls report it here and the gate listens.
type Listener = (message: string) => void;

const listeners = new Set<Listener>();

export function noteSignInEnded(message: string): void {
  listeners.forEach((listener) => listener(message));
}

/** Calls `listener` with the Node side's message whenever a call finds the sign-in ended. */
export function onSignInEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
