-- The audit log stays append-only, with one exception the retention job needs: removing a row that is past
-- the 6-month retention floor AND lies in a batch already archived to blob storage and verified
-- (audit_archives.verified_at), AND only in a transaction that opted in with
-- set_config('jingmin.audit_purge', 'archived', true). No SECURITY DEFINER: the job runs as the app role,
-- and every other UPDATE, DELETE or TRUNCATE is refused as before.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_setting('jingmin.audit_purge', true) = 'archived'
       AND OLD.at < now() - interval '6 months'
       AND EXISTS (
         SELECT 1 FROM audit_archives a
         WHERE a.verified_at IS NOT NULL AND OLD.id BETWEEN a.first_id AND a.last_id
       ) THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
