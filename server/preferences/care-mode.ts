import { cookies } from "next/headers";

/** The cookie that turns on care mode (适老化: larger text, stronger contrast); "1" when on. */
export const careModeCookie = "care";

export async function isCareMode(): Promise<boolean> {
  return (await cookies()).get(careModeCookie)?.value === "1";
}
