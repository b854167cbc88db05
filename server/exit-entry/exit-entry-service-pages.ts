/** Catalogue services handled on the exit-entry pages rather than by the household form engine. */
export const exitEntryServicePages: Readonly<Record<string, string>> = {
  /** 往来港澳团队旅游签注（再次签注） */
  CR004: "/exit-entry/endorsement",
};
