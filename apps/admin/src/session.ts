/**
 * When the session expires in the middle of work, Gevinst asks for the password again on top of the
 * page instead of throwing the user out to the sign-in page: the GraphQL client holds the failed
 * request, the SessionExpiredDialog (mounted by the layout) signs in again, and the request is sent
 * once more, so whatever was typed into a form is saved after all.
 *
 * Outside the layout (the sign-in page) nobody listens, and an expired session is simply an error.
 */
type Reauthenticate = () => Promise<boolean>;

let listener: Reauthenticate | null = null;
let pending: Promise<boolean> | null = null;

export const sessionExpiry = {
  /** Registers the dialog; returns the function that unregisters it. */
  listen(reauthenticate: Reauthenticate): () => void {
    listener = reauthenticate;
    return () => {
      if (listener === reauthenticate) listener = null;
    };
  },

  /** True once the user has signed in again; every request that failed meanwhile waits for the same answer. */
  reauthenticate(): Promise<boolean> {
    if (!listener) return Promise.resolve(false);
    if (!pending) {
      pending = listener().finally(() => {
        pending = null;
      });
    }
    return pending;
  },
};
