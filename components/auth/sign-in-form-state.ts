/** What a sign-in server action hands back to its form when it does not redirect. */
export type SignInFormState = {
  error: string | null;
  fieldErrors: Record<string, string>;
  /** Non-secret values to put back into the form (React resets a form after its action runs). */
  values: Record<string, string>;
};

export const initialSignInState: SignInFormState = { error: null, fieldErrors: {}, values: {} };
