"use client";

import { Menu, X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";

type Disclosure = {
  open: boolean;
  setOpen: (open: boolean) => void;
  panelId: string;
  toggleRef: React.RefObject<HTMLButtonElement | null>;
};

const DisclosureContext = createContext<Disclosure | null>(null);

function useDisclosure(): Disclosure {
  const value = useContext(DisclosureContext);
  if (!value) throw new Error("NavToggle, NavPanel and NavLinks must be inside NavDisclosure");
  return value;
}

/**
 * Shares the open/closed state of the phone navigation between the menu button (in the header) and the
 * panel (wherever the shell puts it). From the `md` breakpoint up the panel is always shown and the button
 * hidden. Navigating or pressing Escape closes it.
 */
export function NavDisclosure({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const [shownPath, setShownPath] = useState(pathname);
  if (pathname !== shownPath) {
    setShownPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      toggleRef.current?.focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  return <DisclosureContext value={{ open, setOpen, panelId, toggleRef }}>{children}</DisclosureContext>;
}

/** The menu button shown on narrow screens; labels are passed in because this is a client component. */
export function NavToggle({
  openLabel,
  closeLabel,
  className,
}: {
  openLabel: string;
  closeLabel: string;
  className?: string;
}) {
  const { open, setOpen, panelId, toggleRef } = useDisclosure();
  return (
    <button
      ref={toggleRef}
      type="button"
      data-nav-toggle=""
      aria-expanded={open}
      aria-controls={panelId}
      onClick={() => setOpen(!open)}
      className={cn(
        "inline-flex size-tap items-center justify-center rounded-md hover:bg-white/10 md:hidden [&_svg]:size-6",
        className,
      )}
    >
      {open ? <X aria-hidden="true" /> : <Menu aria-hidden="true" />}
      <span className="sr-only">{open ? closeLabel : openLabel}</span>
    </button>
  );
}

/** The collapsible region: hidden on narrow screens until the toggle opens it, always shown from `md` up. */
export function NavPanel({ className, children }: { className?: string; children: React.ReactNode }) {
  const { open, panelId } = useDisclosure();
  return (
    <div id={panelId} data-nav-panel="" className={cn(open ? "flex" : "hidden", "md:flex", className)}>
      {children}
    </div>
  );
}

export type NavItem = { href: string; label: string };

/** Navigation links with `aria-current="page"` on the one for the current page. */
export function NavLinks({
  items,
  label,
  className,
  linkClassName,
  activeClassName,
}: {
  items: NavItem[];
  label: string;
  className?: string;
  linkClassName?: string;
  activeClassName?: string;
}) {
  const pathname = usePathname();
  const { setOpen } = useDisclosure();
  const close = useCallback(() => setOpen(false), [setOpen]);
  return (
    <nav aria-label={label}>
      <ul className={className}>
        {items.map((item) => {
          const current = pathname === item.href;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                onClick={close}
                className={cn(linkClassName, current && activeClassName)}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
