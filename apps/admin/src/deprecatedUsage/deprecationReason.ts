/**
 * A schema deprecation reason as the admin shows it. The schema writes its reasons in English, in a few
 * fixed forms ("Use totalAmount.", "Use filter.search.", "Unpaged: use measurementsPage(first:, after:).",
 * "Use keySpec (typed); spec is JSON without a schema."); what matters to an operator is what to use
 * instead. That replacement (a field, argument or input path, as the schema names it) is taken out of the
 * reason and put into a sentence of the screen's language; a reason of another form is shown as written.
 */
export type DeprecationReason =
  | { kind: 'use'; replacement: string }
  | { kind: 'unpaged'; replacement: string }
  | { kind: 'text'; text: string };

const USE = /\buse ([A-Za-z_]\w*(?:\.\w+)*(?:\([^)]*\))?)/i;

export function parseDeprecationReason(reason: string): DeprecationReason {
  const use = USE.exec(reason);
  if (!use) return { kind: 'text', text: reason };
  return /^unpaged\b/i.test(reason)
    ? { kind: 'unpaged', replacement: use[1] }
    : { kind: 'use', replacement: use[1] };
}

/** The reason in the screen's language: `translate` is react-admin's. */
export function deprecationReasonText(
  reason: string,
  translate: (key: string, options?: Record<string, unknown>) => string,
): string {
  const parsed = parseDeprecationReason(reason);
  if (parsed.kind === 'text') return parsed.text;
  return translate(`resources.deprecatedUsage.reason_${parsed.kind}`, { replacement: parsed.replacement });
}
