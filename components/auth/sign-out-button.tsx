import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { signOutAction } from "./sign-out-action";

/**
 * A one-button form posting the sign-out server action. Neither async nor a client component, so both
 * server-rendered and client-rendered headers can use it; it works without JavaScript.
 */
export function SignOutButton({
  className,
  variant = "secondary",
}: {
  className?: string;
  variant?: "secondary" | "ghost" | "outline";
}) {
  const t = useTranslations("auth");
  return (
    <form action={signOutAction} className={className}>
      <Button type="submit" variant={variant}>
        <LogOut aria-hidden="true" />
        {t("signOut")}
      </Button>
    </form>
  );
}
