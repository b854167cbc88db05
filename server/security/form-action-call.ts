import { extractInfoFromServerReferenceId } from "next/dist/shared/lib/server-reference-info";

/**
 * Whether a server action request (one with a `Next-Action` header) carries what every action of this
 * app takes: nothing at all, or a form's FormData as its last parameter it reads (after at most the
 * previous state of `useActionState`). Next's action id says which parameters an action reads, and the
 * browser sends only those. React encodes a FormData argument as multipart form data whose field "0" is
 * the argument list, with the form referenced as "$K<id>". Anything else is a made-up call that would
 * reach the action with arguments it cannot read and end as a 500.
 */
export async function isFormActionCall(request: Request): Promise<boolean> {
  const actionId = request.headers.get("next-action") ?? "";
  if (!/^[0-9a-f]{2}/i.test(actionId)) return false;
  const { usedArgs, hasRestArgs } = extractInfoFromServerReferenceId(actionId);
  if (hasRestArgs) return false;
  const last = usedArgs.lastIndexOf(true);
  // An action that reads no argument cannot be given a wrong one.
  if (last < 0) return true;
  if (last > 1 || !request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) return false;
  const root = (
    await request
      .clone()
      .formData()
      .catch(() => null)
  )?.get("0");
  if (typeof root !== "string") return false;
  let args: unknown;
  try {
    args = JSON.parse(root);
  } catch {
    return false;
  }
  const form = Array.isArray(args) ? args[last] : undefined;
  return typeof form === "string" && /^\$K[0-9a-f]+$/.test(form);
}
