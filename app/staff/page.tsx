import { redirect } from "next/navigation";
import { currentUser } from "@/server/accounts/current-user";
import { homePath } from "@/server/accounts/home-path";

/** The staff landing after sign-in: each role goes to its own home (admins to /admin, officers to /dashboard). */
export default async function StaffHome() {
  const user = await currentUser();
  redirect(user ? homePath(user) : "/staff/login");
}
