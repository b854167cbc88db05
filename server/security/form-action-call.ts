/**
 * Whether a server action request (one with a `Next-Action` header) carries what every action of this
 * app takes: a form's FormData as its last argument, after at most the previous state of
 * `useActionState`. React encodes such a call as multipart form data whose field "0" is the argument
 * list, with the form referenced as "$K<id>". Anything else is a made-up call that would otherwise reach
 * the action with arguments it cannot read and end as a 500.
 */
export async function isFormActionCall(request: Request): Promise<boolean> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) return false;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const root = form?.get("0");
  if (typeof root !== "string") return false;
  let args: unknown;
  try {
    args = JSON.parse(root);
  } catch {
    return false;
  }
  if (!Array.isArray(args) || args.length < 1 || args.length > 2) return false;
  const last = args.at(-1);
  return typeof last === "string" && /^\$K[0-9a-f]+$/.test(last);
}
