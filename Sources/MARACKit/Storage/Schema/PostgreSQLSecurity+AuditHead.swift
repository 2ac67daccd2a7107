/// The head of the audit chain, kept apart from the log (schema version 8 on both backends).
///
/// The head holds how many entries the chain has and the hash of the last one. It moves only
/// with an insert into `audit_log`, so `audit verify` sees entries deleted from the end of the
/// chain, which a walk of the chain alone cannot. Every insert must link to the head: on a
/// server, the head row's lock (`marac_audit_tail()`, then the insert trigger) makes appending
/// one sequence however many clients write at once, and the trigger, not the client, numbers
/// the entry, so ids stay gap-free.
///
/// On SQLite the head is only as safe as the file; on a server, only the owner's triggers move
/// it, and no application role may write it (`PostgreSQLSecurity`).
enum AuditHeadMigration {
    /// The SQLite step.
    static let sqlite = """
        CREATE TABLE audit_head(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            entries INTEGER NOT NULL CHECK (entries >= 0),
            hash TEXT NOT NULL
        );
        INSERT INTO audit_head(id, entries, hash)
        SELECT 1, count(*), coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
                                     hex(zeroblob(32)))
        FROM audit_log;
        CREATE TRIGGER audit_log_links_to_head BEFORE INSERT ON audit_log
        WHEN NEW.previous_hash IS NOT (SELECT hash FROM audit_head)
        BEGIN SELECT RAISE(ABORT, 'an audit entry must follow the head of the chain'); END;
        CREATE TRIGGER audit_log_moves_head AFTER INSERT ON audit_log
        BEGIN UPDATE audit_head SET entries = entries + 1, hash = NEW.hash; END;
        CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
        BEGIN SELECT RAISE(ABORT, 'the audit chain''s head cannot be deleted'); END;
        """

    /// The PostgreSQL step.
    static let postgreSQL = #"""
        -- The head of the audit chain: how many entries it has and the hash of the last one. Only the
        -- trigger on audit_log moves it, so deleting entries from the end of the chain shows.
        CREATE TABLE audit_head(
            id boolean PRIMARY KEY DEFAULT true CHECK (id),
            entries bigint NOT NULL CHECK (entries >= 0),
            hash text NOT NULL
        );
        INSERT INTO audit_head(id, entries, hash)
        SELECT true, count(*),
               coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), repeat('0', 64))
        FROM audit_log;

        -- Takes the chain's head row lock for the rest of the transaction and returns the head hash:
        -- the Swift side links its entry to it, and no other client can append until this commits.
        CREATE FUNCTION marac_audit_tail() RETURNS text
        LANGUAGE sql VOLATILE SECURITY DEFINER AS $$
            SELECT hash FROM audit_head WHERE id FOR UPDATE
        $$;

        -- Before each audit entry: lock the head, check the entry links to it and carries the right
        -- hash and its own user, number it next, and move the head on.
        CREATE FUNCTION marac_audit_link() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER AS $$
        DECLARE
            head audit_head%ROWTYPE;
        BEGIN
            SELECT * INTO head FROM audit_head WHERE id FOR UPDATE;
            IF NEW.previous_hash IS DISTINCT FROM head.hash THEN
                RAISE EXCEPTION 'the audit chain moved on while this command ran: try again'
                    USING ERRCODE = 'serialization_failure';
            END IF;
            IF NEW.hash IS DISTINCT FROM encode(sha256(convert_to(concat_ws(chr(31), NEW.previous_hash,
                    NEW.at, NEW."user", NEW.command, NEW.entity, NEW.entity_id, NEW.summary), 'UTF8')),
                    'hex') THEN
                RAISE EXCEPTION 'an audit entry''s hash must cover its fields and the previous hash'
                    USING ERRCODE = 'check_violation';
            END IF;
            IF NEW."user" IS DISTINCT FROM session_user::text AND NOT pg_has_role(session_user,
                    (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
                RAISE EXCEPTION 'an audit entry must name the connected user (%)', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            NEW.id := head.entries + 1;
            UPDATE audit_head SET entries = entries + 1, hash = NEW.hash WHERE id;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER audit_log_link BEFORE INSERT ON audit_log
        FOR EACH ROW EXECUTE FUNCTION marac_audit_link();

        -- The head is never deleted or truncated, and moves only from the trigger on audit_log.
        CREATE FUNCTION marac_guard_audit_head() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'the audit chain''s head moves only with the audit log (% refused)', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        CREATE TRIGGER audit_head_guard BEFORE UPDATE OR DELETE ON audit_head
        FOR EACH ROW EXECUTE FUNCTION marac_guard_audit_head();
        CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
        FOR EACH STATEMENT EXECUTE FUNCTION marac_guard_audit_head();
        """#
}
