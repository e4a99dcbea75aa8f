/**
 * For react-admin <Form onSubmit>: runs the save and, when the API refuses it with field errors
 * (BAD_USER_INPUT), returns them so each appears next to its input; other errors are notified.
 */
export async function submitOrFieldErrors(
  save: () => Promise<unknown>,
  notify: (message: string, options?: object) => void,
): Promise<Record<string, unknown> | undefined> {
  try {
    await save();
    return undefined;
  } catch (error) {
    const body = (error as { body?: { errors?: Record<string, unknown> } }).body;
    const message = error instanceof Error ? error.message : String(error);
    notify(message, { type: 'error', messageArgs: { _: message } });
    return body?.errors;
  }
}
