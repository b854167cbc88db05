"use client";

import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useMutation } from "@tanstack/react-query";
import { ArrowDown, ArrowUp, EyeOff, GripVertical, Pin, X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import type { LayoutService } from "@/server/catalog/get-service-layout";
import type { LayoutPickerService } from "@/server/catalog/list-layout-services";

type Owner = { userId: string } | { groupId: number };

const maxResults = 12;

/**
 * Pins, hides and orders services for one citizen or group. Pinned services reorder by drag and drop
 * (pointer or keyboard, through dnd-kit's sensors) and by up/down buttons; nothing is stored until Save,
 * which replaces the whole layout in one audited transaction and is refused if someone saved in between.
 */
export function LayoutEditor({
  owner,
  initial,
  services,
}: {
  owner: Owner;
  initial: { pinned: LayoutService[]; hidden: LayoutService[]; updatedAt: Date | null };
  services: LayoutPickerService[];
}) {
  const t = useTranslations("layouts.editor");
  const locale = useLocale();
  const trpc = useTRPC();
  const searchId = useId();
  const [pinned, setPinned] = useState(() => initial.pinned.map((s) => s.id));
  const [hidden, setHidden] = useState(() => initial.hidden.map((s) => s.id));
  const [updatedAt, setUpdatedAt] = useState(initial.updatedAt);
  const [dirty, setDirty] = useState(false);
  const [query, setQuery] = useState("");

  const byId = useMemo(() => {
    const map = new Map<number, LayoutService>(services.map((s) => [s.id, s]));
    for (const s of [...initial.pinned, ...initial.hidden]) if (!map.has(s.id)) map.set(s.id, s);
    return map;
  }, [services, initial]);
  const nameOf = (id: number) => {
    const s = byId.get(id);
    return s ? (locale === "en" ? s.nameEn : s.name) : String(id);
  };

  const onSaved = {
    onSuccess: (result: { updatedAt: Date | null }) => {
      setUpdatedAt(result.updatedAt);
      setDirty(false);
    },
  };
  const saveUser = useMutation(trpc.layouts.saveUserLayout.mutationOptions(onSaved));
  const saveGroup = useMutation(trpc.layouts.saveGroupLayout.mutationOptions(onSaved));
  const save = "userId" in owner ? saveUser : saveGroup;

  const change = (next: { pinned?: number[]; hidden?: number[] }) => {
    if (next.pinned) setPinned(next.pinned);
    if (next.hidden) setHidden(next.hidden);
    setDirty(true);
    save.reset();
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= pinned.length) return;
    change({ pinned: arrayMove(pinned, from, to) });
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(pinned.indexOf(Number(active.id)), pinned.indexOf(Number(over.id)));
  };
  const position = (id: string | number) => pinned.indexOf(Number(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dnd.picked", { name: nameOf(Number(active.id)) }),
    onDragOver: ({ active, over }) =>
      over ? t("dnd.over", { name: nameOf(Number(active.id)), position: position(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t("dnd.dropped", { name: nameOf(Number(active.id)), position: position(over.id) }) : undefined,
    onDragCancel: ({ active }) => t("dnd.cancelled", { name: nameOf(Number(active.id)) }),
  };

  const q = query.trim().toLowerCase();
  const results = q
    ? services
        .filter(
          (s) =>
            s.name.includes(query.trim()) ||
            s.nameEn.toLowerCase().includes(q) ||
            s.code.toLowerCase().includes(q) ||
            s.pinyinInitials.includes(q) ||
            s.pinyin.includes(q.replaceAll(" ", "")),
        )
        .slice(0, maxResults)
    : [];

  const submit = () => {
    const changes = { pinned, hidden, expectedUpdatedAt: updatedAt };
    if ("userId" in owner) saveUser.mutate({ userId: owner.userId, ...changes });
    else saveGroup.mutate({ groupId: owner.groupId, ...changes });
  };
  const formError = Object.values(trpcFieldErrors(save.error))[0];

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby={`${searchId}-pinned`} className="flex flex-col gap-2">
        <h3 id={`${searchId}-pinned`} className="text-lg font-semibold">
          {t("pinned")}
        </h3>
        <p className="text-sm text-muted-foreground">{t("pinnedHint")}</p>
        {pinned.length === 0 ? (
          <p className="text-muted-foreground">{t("pinnedEmpty")}</p>
        ) : (
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            onDragEnd={onDragEnd}
            accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
          >
            <SortableContext items={pinned} strategy={verticalListSortingStrategy}>
              <ol className="flex flex-col gap-2" aria-labelledby={`${searchId}-pinned`}>
                {pinned.map((id, index) => (
                  <SortableRow
                    key={id}
                    id={id}
                    name={nameOf(id)}
                    code={byId.get(id)?.code ?? ""}
                    disabled={byId.get(id)?.enabled === false}
                    first={index === 0}
                    last={index === pinned.length - 1}
                    onUp={() => move(index, index - 1)}
                    onDown={() => move(index, index + 1)}
                    onRemove={() => change({ pinned: pinned.filter((p) => p !== id) })}
                  />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
        )}
      </section>

      <section aria-labelledby={`${searchId}-hidden`} className="flex flex-col gap-2">
        <h3 id={`${searchId}-hidden`} className="text-lg font-semibold">
          {t("hidden")}
        </h3>
        <p className="text-sm text-muted-foreground">{t("hiddenHint")}</p>
        {hidden.length === 0 ? (
          <p className="text-muted-foreground">{t("hiddenEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-2" aria-labelledby={`${searchId}-hidden`}>
            {hidden.map((id) => (
              <li key={id} className="flex items-center gap-2 rounded-md border border-border bg-muted p-2">
                <EyeOff aria-hidden="true" className="size-5 shrink-0 text-muted-foreground" />
                <ServiceName
                  name={nameOf(id)}
                  code={byId.get(id)?.code ?? ""}
                  disabled={byId.get(id)?.enabled === false}
                />
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={t("unhideService", { name: nameOf(id) })}
                  onClick={() => change({ hidden: hidden.filter((h) => h !== id) })}
                >
                  {t("unhide")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${searchId}-add`} className="flex flex-col gap-2">
        <h3 id={`${searchId}-add`} className="text-lg font-semibold">
          {t("add")}
        </h3>
        <Field id={`${searchId}-q`} label={t("searchLabel")} hint={t("searchHint")}>
          {(control) => (
            <Input
              {...control}
              type="search"
              autoComplete="off"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          )}
        </Field>
        {q ? (
          results.length === 0 ? (
            <p role="status" className="text-muted-foreground">
              {t("noMatch")}
            </p>
          ) : (
            <ul className="flex flex-col gap-2" aria-label={t("add")}>
              {results.map((s) => {
                const name = locale === "en" ? s.nameEn : s.name;
                const placed = pinned.includes(s.id) || hidden.includes(s.id);
                return (
                  <li key={s.id} className="flex flex-wrap items-center gap-2 rounded-md border border-border p-2">
                    <ServiceName name={name} code={s.code} disabled={!s.enabled} />
                    <div className="flex gap-2">
                      <Button
                        variant="outline"
                        size="sm"
                        disabled={placed || pinned.length >= 30}
                        aria-label={t("pinService", { name })}
                        onClick={() => change({ pinned: [...pinned, s.id] })}
                      >
                        <Pin aria-hidden="true" />
                        {t("pin")}
                      </Button>
                      <Button
                        variant="secondary"
                        size="sm"
                        disabled={placed}
                        aria-label={t("hideService", { name })}
                        onClick={() => change({ hidden: [...hidden, s.id] })}
                      >
                        <EyeOff aria-hidden="true" />
                        {t("hide")}
                      </Button>
                    </div>
                  </li>
                );
              })}
            </ul>
          )
        ) : null}
      </section>

      <div className="flex flex-col gap-3 border-t border-border pt-4">
        {save.isSuccess && !dirty ? <Alert variant="success">{t("saved")}</Alert> : null}
        {save.error ? <Alert variant="destructive">{formError ?? save.error.message}</Alert> : null}
        {dirty ? (
          <p role="status" className="text-sm font-medium text-warning">
            {t("unsaved")}
          </p>
        ) : null}
        <div>
          <Button size="lg" onClick={submit} disabled={save.isPending} aria-disabled={save.isPending}>
            {save.isPending ? t("saving") : t("save")}
          </Button>
        </div>
      </div>
    </div>
  );
}

function ServiceName({ name, code, disabled }: { name: string; code: string; disabled: boolean }) {
  const t = useTranslations("layouts.editor");
  return (
    <span className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2">
      <span className="font-medium">{name}</span>
      <span className="text-sm text-muted-foreground">{code}</span>
      {disabled ? <Badge variant="warning">{t("serviceDisabled")}</Badge> : null}
    </span>
  );
}

function SortableRow(props: {
  id: number;
  name: string;
  code: string;
  disabled: boolean;
  first: boolean;
  last: boolean;
  onUp: () => void;
  onDown: () => void;
  onRemove: () => void;
}) {
  const t = useTranslations("layouts.editor");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: props.id,
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex items-center gap-1 rounded-md border border-border bg-surface p-1 sm:gap-2 sm:p-2 ${isDragging ? "relative z-10 shadow-lg" : ""}`}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={t("dragHandle", { name: props.name })}
        className="inline-flex size-tap shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-muted-foreground hover:bg-muted"
      >
        <GripVertical aria-hidden="true" className="size-5" />
      </button>
      <ServiceName name={props.name} code={props.code} disabled={props.disabled} />
      <Button
        variant="ghost"
        size="icon"
        disabled={props.first}
        aria-label={t("moveUp", { name: props.name })}
        onClick={props.onUp}
      >
        <ArrowUp aria-hidden="true" />
      </Button>
      <Button
        variant="ghost"
        size="icon"
        disabled={props.last}
        aria-label={t("moveDown", { name: props.name })}
        onClick={props.onDown}
      >
        <ArrowDown aria-hidden="true" />
      </Button>
      <Button variant="ghost" size="icon" aria-label={t("removePinned", { name: props.name })} onClick={props.onRemove}>
        <X aria-hidden="true" />
      </Button>
    </li>
  );
}
