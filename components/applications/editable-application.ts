import type { MyApplication } from "@/server/applications/get-my-application";

const editableKeys = [
  "id",
  "state",
  "version",
  "service",
  "formData",
  "materials",
  "supplementRequest",
  "delivery",
  "paidAt",
  "answerStations",
] as const;

/** What the wizard and the check-your-answers page get of an application: no timeline, no officer notes. */
export type EditableApplication = Pick<MyApplication, (typeof editableKeys)[number]>;

export function editableApplication(app: MyApplication): EditableApplication {
  return Object.fromEntries(editableKeys.map((k) => [k, app[k]])) as EditableApplication;
}
