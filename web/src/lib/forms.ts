/** What every form action hands back; `form` names the form on pages that have several. */
export interface FormResult {
  form: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string;
  success?: string;
  /** rendered Markdown for the composer's no-JavaScript preview */
  preview?: string;
}

/** The action result if it belongs to the named form. */
export function resultFor(result: FormResult | null | undefined, form: string): FormResult | undefined {
  return result?.form === form ? result : undefined;
}

export const fieldId = (form: string, field: string) => `${form}-${field}`;
