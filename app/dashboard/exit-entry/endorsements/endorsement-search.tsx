"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { NumberOrIdSearch } from "@/components/desk/number-or-id-search";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { EndorsementCard } from "./endorsement-card";

/** Finds an endorsement application of the jurisdiction, in any state, for the person at the counter. */
export function EndorsementSearch() {
  const t = useTranslations("exitEntry.endorsement");
  const trpc = useTRPC();
  const find = useMutation(trpc.exitEntry.findEndorsements.mutationOptions());
  const problem = readTrpcError(find.error);
  const searchedBy = find.variables && "idNumber" in find.variables ? "idNumber" : "number";
  const result = find.data;
  return (
    <div className="flex flex-col gap-4">
      <NumberOrIdSearch
        idPrefix="endorsement"
        pending={find.isPending}
        searchedBy={searchedBy}
        fieldErrors={problem?.fields}
        onSearch={(q) => find.mutate(q)}
      />
      {problem && !Object.keys(problem.fields).length ? <Alert variant="destructive">{problem.message}</Alert> : null}
      {result ? (
        <section aria-labelledby="endorsement-results" className="flex flex-col gap-3">
          <h3 id="endorsement-results" className="font-semibold">
            {result.maskedIdNumber ? t("resultsFor", { idNumber: result.maskedIdNumber }) : t("results")}
          </h3>
          {result.matches.length ? (
            <ul className="flex flex-col gap-3">
              {result.matches.map((a) => (
                <EndorsementCard key={a.id} app={a} testId="endorsement-match" />
              ))}
            </ul>
          ) : (
            <p>{t("noMatch")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
