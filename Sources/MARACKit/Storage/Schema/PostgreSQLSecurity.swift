/// The server's own enforcement on PostgreSQL: group roles, grants, row-level security and the
/// audit chain's head, applied by `marac server init` after the migrations.
///
/// Every statement is idempotent (`CREATE OR REPLACE`, `DROP … IF EXISTS` then `CREATE`,
/// grants reset from nothing), so running init again, or after an upgrade adds tables, leaves
/// exactly this. A table nobody grants here is the coordinator's alone (read-only to the chair,
/// the DHR chair and the auditor, invisible to an agency representative), as a command no rule
/// of `Permissions` matches is the coordinator's.
///
/// The agency rule: an agency representative (`marac_agency_rep`) reads and updates its own
/// agency's MARAC and DHR actions, records and reads sharing only as its agency, reads the cases
/// its agency referred, acts in or shared about (with their perpetrators and children, by
/// date of birth and relationship), and never a person's name nor the audit log.
/// Its agency comes from `app_user` keyed by `session_user`, through the SECURITY DEFINER
/// function `marac_current_agency()`.
enum PostgreSQLSecurity {
    /// The whole script, in order; run in one transaction by the database's owner.
    static let script = [roles, publicAccess, currentAgency, users, grants, policies].joined(
        separator: "\n")

    /// The five group roles, created once per cluster and shared by every workbench database on it.
    static let roles = #"""
        -- Group roles: created once per cluster, shared by every workbench database on it.
        DO $roles$
        DECLARE
            name text;
        BEGIN
            FOREACH name IN ARRAY ARRAY['marac_coordinator', 'marac_chair', 'marac_agency_rep',
                                        'marac_dhr_chair', 'marac_auditor'] LOOP
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
                    BEGIN
                        EXECUTE format('CREATE ROLE %I NOLOGIN', name);
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN
                        NULL; -- another database's init created it at the same moment
                    END;
                END IF;
            END LOOP;
        END
        $roles$;
        """#

    /// Nothing for `PUBLIC`: a login role that is not a user of this database cannot even connect.
    static let publicAccess = #"""
        -- Nothing for PUBLIC: a login role that is not a user of this database cannot even connect.
        DO $public$
        BEGIN
            EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
            EXECUTE format(
                'GRANT CONNECT ON DATABASE %I TO marac_coordinator, marac_chair, marac_agency_rep, '
                'marac_dhr_chair, marac_auditor', current_database());
            EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', current_schema());
            EXECUTE format(
                'GRANT USAGE ON SCHEMA %I TO marac_coordinator, marac_chair, marac_agency_rep, '
                'marac_dhr_chair, marac_auditor', current_schema());
        END
        $public$;
        """#

    /// The agency of the connected agency representative, for the policies.
    static let currentAgency = #"""
        -- The agency of the connected agency representative (NULL for every other user), from the
        -- users table keyed by session_user. SECURITY DEFINER, so the policies that call it do not
        -- recurse through app_user's own policy.
        CREATE OR REPLACE FUNCTION marac_current_agency() RETURNS bigint
        LANGUAGE sql STABLE SECURITY DEFINER AS $$
            SELECT agency_id FROM app_user WHERE name = session_user AND role = 'agency-rep'
        $$;
        """#

    /// The functions that make a login role a user (`user add`, `user role`, `user remove`): one group role and one `app_user` row.
    static let users = #"""
        -- Users: a login role becomes a user of the workbench by being granted one group role and
        -- recorded in app_user with its agency. Only these functions write app_user.
        CREATE OR REPLACE FUNCTION marac_group_role(role_name text) RETURNS text
        LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE role_name
                WHEN 'coordinator' THEN 'marac_coordinator'
                WHEN 'chair' THEN 'marac_chair'
                WHEN 'agency-rep' THEN 'marac_agency_rep'
                WHEN 'dhr-chair' THEN 'marac_dhr_chair'
                WHEN 'auditor' THEN 'marac_auditor'
            END
        $$;

        CREATE OR REPLACE FUNCTION marac_set_user(user_name text, role_name text, agency_code text, at_time text)
        RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
        DECLARE
            target pg_roles%ROWTYPE;
            agency_row bigint;
            group_name text;
        BEGIN
            group_name := marac_group_role(role_name);
            IF group_name IS NULL THEN
                RAISE EXCEPTION 'unknown role "%": expected coordinator, chair, agency-rep, dhr-chair or auditor', role_name
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            SELECT * INTO target FROM pg_roles WHERE rolname = user_name;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'there is no PostgreSQL login role "%": create it first (createuser %)', user_name, user_name
                    USING ERRCODE = 'undefined_object';
            END IF;
            IF NOT target.rolcanlogin OR target.rolname LIKE 'marac\_%' THEN
                RAISE EXCEPTION 'the role "%" is not a login role', user_name
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF target.rolsuper OR target.rolbypassrls
                    OR target.oid = (SELECT datdba FROM pg_database WHERE datname = current_database()) THEN
                RAISE EXCEPTION 'the role "%" bypasses row-level security (superuser, BYPASSRLS or the database owner): use an ordinary login role', user_name
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF (role_name = 'agency-rep') <> (agency_code IS NOT NULL) THEN
                RAISE EXCEPTION 'an agency representative needs an agency, and no other role has one'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF agency_code IS NOT NULL THEN
                SELECT id INTO agency_row FROM agency WHERE code = agency_code;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'unknown agency "%"', agency_code USING ERRCODE = 'invalid_parameter_value';
                END IF;
            END IF;
            PERFORM marac_revoke_groups(user_name);
            EXECUTE format('GRANT %I TO %I', group_name, user_name);
            INSERT INTO app_user(name, role, agency_id, created_at, created_by)
            VALUES (user_name, role_name, agency_row, at_time, session_user)
            ON CONFLICT (name) DO UPDATE SET role = excluded.role, agency_id = excluded.agency_id;
        END
        $$;

        CREATE OR REPLACE FUNCTION marac_revoke_groups(user_name text) RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
        DECLARE
            group_name text;
        BEGIN
            FOR group_name IN
                SELECT g.rolname FROM pg_auth_members m
                JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                WHERE u.rolname = user_name AND g.rolname IN ('marac_coordinator', 'marac_chair',
                    'marac_agency_rep', 'marac_dhr_chair', 'marac_auditor')
            LOOP
                EXECUTE format('REVOKE %I FROM %I', group_name, user_name);
            END LOOP;
        END
        $$;

        -- The chain's length and head for the anchor an exported document carries, locking the head
        -- row as marac_audit_tail() does: the roles that export may not read audit_head itself.
        CREATE OR REPLACE FUNCTION marac_audit_anchor(OUT entries bigint, OUT hash text)
        LANGUAGE sql VOLATILE SECURITY DEFINER AS $$
            SELECT entries, hash FROM audit_head WHERE id FOR UPDATE
        $$;

        CREATE OR REPLACE FUNCTION marac_remove_user(user_name text) RETURNS boolean
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
        BEGIN
            PERFORM marac_revoke_groups(user_name);
            DELETE FROM app_user WHERE name = user_name;
            RETURN FOUND;
        END
        $$;

        -- Every definer function runs with this schema first and pg_temp last, and only the roles
        -- that need it may call it.
        DO $functions$
        DECLARE
            fn text;
        BEGIN
            FOREACH fn IN ARRAY ARRAY['marac_current_agency()', 'marac_audit_tail()',
                    'marac_audit_link()', 'marac_guard_audit_head()', 'marac_group_role(text)',
                    'marac_set_user(text, text, text, text)', 'marac_revoke_groups(text)',
                    'marac_remove_user(text)', 'marac_audit_anchor()'] LOOP
                EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', fn, current_schema());
                EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', fn);
            END LOOP;
        END
        $functions$;
        GRANT EXECUTE ON FUNCTION marac_current_agency(), marac_audit_tail(), marac_audit_anchor()
            TO marac_coordinator, marac_chair, marac_agency_rep, marac_dhr_chair, marac_auditor;
        GRANT EXECUTE ON FUNCTION marac_set_user(text, text, text, text), marac_remove_user(text)
            TO marac_coordinator;
        """#

    /// Table privileges per group role, reset from nothing on every run.
    static let grants = #"""
        -- Grants, from nothing: each run of init resets them, so a narrowed grant takes effect.
        DO $reset$
        BEGIN
            EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM PUBLIC, marac_coordinator, '
                'marac_chair, marac_agency_rep, marac_dhr_chair, marac_auditor', current_schema());
            EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM PUBLIC, marac_coordinator, '
                'marac_chair, marac_agency_rep, marac_dhr_chair, marac_auditor', current_schema());
            EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO marac_coordinator, '
                'marac_chair, marac_agency_rep, marac_dhr_chair, marac_auditor', current_schema());
            -- The coordinator runs the area: everything except rewriting the audit log and writing
            -- users directly (marac_set_user does that).
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I '
                'TO marac_coordinator', current_schema());
            -- The chair, the DHR chair and the auditor read the case records; tables added later are
            -- read-only to them until a grant below says otherwise.
            EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I '
                'TO marac_chair, marac_dhr_chair, marac_auditor', current_schema());
        END
        $reset$;
        REVOKE INSERT, UPDATE, DELETE ON app_user, audit_log, audit_head FROM marac_coordinator;
        REVOKE SELECT ON audit_log, audit_head FROM marac_chair, marac_dhr_chair;
        GRANT INSERT ON audit_log
            TO marac_coordinator, marac_chair, marac_agency_rep, marac_dhr_chair, marac_auditor;
        GRANT SELECT ON agency, area, representative, meeting, attendance, schema_migration,
            id_high_water,
            app_user, referral, agenda_item, risk, action, action_update, sharing, sharing_recipient,
            sharing_basis, dhr_review, dhr_recommendation, dhr_panel_agency, dhr_status_change,
            dhr_action, dhr_action_update, minutes_extract_snapshot
            TO marac_agency_rep;
        -- Of a victim's or perpetrator's person record a representative reads the date of birth
        -- (the sharing rules need the victim's age), never the name; of a child, the age and
        -- relationships, never the name or school; no aliases.
        GRANT SELECT (id, date_of_birth) ON person TO marac_agency_rep;
        GRANT SELECT ON perpetrator TO marac_agency_rep;
        GRANT SELECT (id, referral_id, position, date_of_birth, relationship_to_victim,
            relationship_to_perpetrator, lives_with) ON child TO marac_agency_rep;
        GRANT UPDATE (status, due_on, completed_on, version) ON action TO marac_agency_rep;
        GRANT INSERT ON action_update, sharing, sharing_recipient, sharing_basis, dhr_action_update
            TO marac_agency_rep;
        GRANT UPDATE (status, milestones, completed_on, outcome, last_activity_on, has_evidence,
            version) ON dhr_action TO marac_agency_rep;
        -- The chair runs the meeting: agendas (rebuilt, so their items are deleted), attendance,
        -- risks, actions and sharing; listing a case and hearing it.
        GRANT INSERT, UPDATE ON meeting, attendance, risk, action, action_update, sharing,
            sharing_recipient, sharing_basis
            TO marac_chair;
        GRANT INSERT, UPDATE, DELETE ON agenda_item TO marac_chair;
        GRANT UPDATE (listed_meeting_id, heard_on) ON referral TO marac_chair;
        -- The DHR chair runs reviews, and links cases to them and removes those links.
        GRANT INSERT, UPDATE ON dhr_review, dhr_panel_agency, dhr_status_change, dhr_recommendation,
            dhr_action, dhr_action_update, dhr_review_case
            TO marac_dhr_chair;
        GRANT DELETE ON dhr_review_case TO marac_dhr_chair;
        -- An IDVA service's representative names the worker on, and records engagement in, the
        -- cases allocated to their agency (the coordinator allocates); every representative
        -- reads the transfers of the cases it may read.
        GRANT SELECT ON idva_allocation, case_transfer TO marac_agency_rep;
        GRANT UPDATE (worker, engagement, engagement_on, recorded_at, recorded_by)
            ON idva_allocation TO marac_agency_rep;
        """#

    /// Row-level security on every table: staff see every row, an agency representative only its own agency's.
    static let policies = #"""
        -- Row-level security on every table. Staff roles see every row (their grants decide what they
        -- may do); an agency representative sees what the policies below allow and nothing else.
        DO $rls$
        DECLARE
            t text;
        BEGIN
            FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
                EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
                EXECUTE format('DROP POLICY IF EXISTS marac_staff ON %I', t);
                IF t NOT IN ('app_user', 'audit_log', 'audit_head') THEN
                    EXECUTE format('CREATE POLICY marac_staff ON %I TO marac_coordinator, marac_chair, '
                        'marac_dhr_chair, marac_auditor USING (true) WITH CHECK (true)', t);
                END IF;
            END LOOP;
        END
        $rls$;

        -- The audit log is subject to its policies even for its owner: read and append, nothing else.
        ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS marac_read ON audit_log;
        CREATE POLICY marac_read ON audit_log FOR SELECT TO marac_coordinator, marac_auditor
            USING (true);
        DROP POLICY IF EXISTS marac_append ON audit_log;
        CREATE POLICY marac_append ON audit_log FOR INSERT TO marac_coordinator, marac_chair,
            marac_agency_rep, marac_dhr_chair, marac_auditor WITH CHECK (true);
        DO $owner$
        BEGIN
            EXECUTE 'DROP POLICY IF EXISTS marac_owner_read ON audit_log';
            EXECUTE format('CREATE POLICY marac_owner_read ON audit_log FOR SELECT TO %I USING (true)',
                (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'audit_log'::regclass));
            EXECUTE 'DROP POLICY IF EXISTS marac_owner_append ON audit_log';
            EXECUTE format('CREATE POLICY marac_owner_append ON audit_log FOR INSERT TO %I '
                'WITH CHECK (true)',
                (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'audit_log'::regclass));
        END
        $owner$;
        DROP POLICY IF EXISTS marac_read ON audit_head;
        CREATE POLICY marac_read ON audit_head FOR SELECT TO marac_coordinator, marac_auditor
            USING (true);

        -- Users: the coordinator sees every user; everyone sees their own row.
        DROP POLICY IF EXISTS marac_coordinator ON app_user;
        CREATE POLICY marac_coordinator ON app_user FOR SELECT TO marac_coordinator USING (true);
        DROP POLICY IF EXISTS marac_self ON app_user;
        CREATE POLICY marac_self ON app_user FOR SELECT TO marac_coordinator, marac_chair,
            marac_agency_rep, marac_dhr_chair, marac_auditor USING (name = session_user);

        -- An agency representative: reference tables in full.
        DROP POLICY IF EXISTS marac_rep ON agency;
        CREATE POLICY marac_rep ON agency FOR SELECT TO marac_agency_rep USING (true);
        DROP POLICY IF EXISTS marac_rep ON area;
        CREATE POLICY marac_rep ON area FOR SELECT TO marac_agency_rep USING (true);
        DROP POLICY IF EXISTS marac_rep ON representative;
        CREATE POLICY marac_rep ON representative FOR SELECT TO marac_agency_rep USING (true);
        DROP POLICY IF EXISTS marac_rep ON meeting;
        CREATE POLICY marac_rep ON meeting FOR SELECT TO marac_agency_rep USING (true);
        DROP POLICY IF EXISTS marac_rep ON attendance;
        CREATE POLICY marac_rep ON attendance FOR SELECT TO marac_agency_rep USING (true);
        DROP POLICY IF EXISTS marac_rep ON schema_migration;
        CREATE POLICY marac_rep ON schema_migration FOR SELECT TO marac_agency_rep USING (true);
        DROP POLICY IF EXISTS marac_rep ON id_high_water;
        CREATE POLICY marac_rep ON id_high_water FOR SELECT TO marac_agency_rep USING (true);

        -- Its own agency's actions, and their updates.
        DROP POLICY IF EXISTS marac_rep ON action;
        CREATE POLICY marac_rep ON action FOR SELECT TO marac_agency_rep
            USING (agency_id = marac_current_agency());
        DROP POLICY IF EXISTS marac_rep_update ON action;
        CREATE POLICY marac_rep_update ON action FOR UPDATE TO marac_agency_rep
            USING (agency_id = marac_current_agency()) WITH CHECK (agency_id = marac_current_agency());
        DROP POLICY IF EXISTS marac_rep ON action_update;
        CREATE POLICY marac_rep ON action_update FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM action a WHERE a.id = action_id));
        DROP POLICY IF EXISTS marac_rep_insert ON action_update;
        CREATE POLICY marac_rep_insert ON action_update FOR INSERT TO marac_agency_rep
            WITH CHECK (EXISTS (SELECT 1 FROM action a WHERE a.id = action_id));

        -- Its own agency's extracts of frozen minutes (never the full minutes, which hold every
        -- agency's content).
        DROP POLICY IF EXISTS marac_rep ON minutes_extract_snapshot;
        CREATE POLICY marac_rep ON minutes_extract_snapshot FOR SELECT TO marac_agency_rep
            USING (agency_id = marac_current_agency());

        -- The cases its agency referred, owns an action in, recorded sharing on or (an IDVA
        -- service) is allocated; their risks, transfers and
        -- agenda entries; and, of their victims, the date of birth (column grant above).
        DROP POLICY IF EXISTS marac_rep ON referral;
        CREATE POLICY marac_rep ON referral FOR SELECT TO marac_agency_rep
            USING (agency_id = marac_current_agency()
                OR EXISTS (SELECT 1 FROM action a WHERE a.referral_id = referral.id)
                OR EXISTS (SELECT 1 FROM sharing s WHERE s.referral_id = referral.id)
                OR EXISTS (SELECT 1 FROM idva_allocation i WHERE i.referral_id = referral.id));
        DROP POLICY IF EXISTS marac_rep ON person;
        CREATE POLICY marac_rep ON person FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM referral r WHERE r.victim_id = person.id)
                OR EXISTS (SELECT 1 FROM perpetrator p WHERE p.person_id = person.id));
        -- The perpetrators and children of those cases (perpetrators' other cases only where
        -- the representative sees those cases too).
        DROP POLICY IF EXISTS marac_rep ON perpetrator;
        CREATE POLICY marac_rep ON perpetrator FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM referral r WHERE r.id = referral_id));
        DROP POLICY IF EXISTS marac_rep ON child;
        CREATE POLICY marac_rep ON child FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM referral r WHERE r.id = referral_id));
        DROP POLICY IF EXISTS marac_rep ON risk;
        CREATE POLICY marac_rep ON risk FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM referral r WHERE r.id = referral_id));
        DROP POLICY IF EXISTS marac_rep ON agenda_item;
        CREATE POLICY marac_rep ON agenda_item FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM referral r WHERE r.id = referral_id));

        DROP POLICY IF EXISTS marac_rep ON case_transfer;
        CREATE POLICY marac_rep ON case_transfer FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM referral r WHERE r.id = referral_id));

        -- The IDVA allocations of its own agency, read, and updated without moving them to
        -- another agency (the coordinator allocates).
        DROP POLICY IF EXISTS marac_rep ON idva_allocation;
        CREATE POLICY marac_rep ON idva_allocation FOR SELECT TO marac_agency_rep
            USING (agency_id = marac_current_agency());
        DROP POLICY IF EXISTS marac_rep_update ON idva_allocation;
        CREATE POLICY marac_rep_update ON idva_allocation FOR UPDATE TO marac_agency_rep
            USING (agency_id = marac_current_agency()) WITH CHECK (agency_id = marac_current_agency());

        -- Sharing recorded as its own agency, read and written.
        DROP POLICY IF EXISTS marac_rep ON sharing;
        CREATE POLICY marac_rep ON sharing FOR SELECT TO marac_agency_rep
            USING (agency_id = marac_current_agency());
        DROP POLICY IF EXISTS marac_rep_insert ON sharing;
        CREATE POLICY marac_rep_insert ON sharing FOR INSERT TO marac_agency_rep
            WITH CHECK (agency_id = marac_current_agency());
        DROP POLICY IF EXISTS marac_rep ON sharing_recipient;
        CREATE POLICY marac_rep ON sharing_recipient FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM sharing s WHERE s.id = sharing_id));
        DROP POLICY IF EXISTS marac_rep_insert ON sharing_recipient;
        CREATE POLICY marac_rep_insert ON sharing_recipient FOR INSERT TO marac_agency_rep
            WITH CHECK (EXISTS (SELECT 1 FROM sharing s WHERE s.id = sharing_id));
        DROP POLICY IF EXISTS marac_rep ON sharing_basis;
        CREATE POLICY marac_rep ON sharing_basis FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM sharing s WHERE s.id = sharing_id));
        DROP POLICY IF EXISTS marac_rep_insert ON sharing_basis;
        CREATE POLICY marac_rep_insert ON sharing_basis FOR INSERT TO marac_agency_rep
            WITH CHECK (EXISTS (SELECT 1 FROM sharing s WHERE s.id = sharing_id));

        -- DHR: its agency's actions and their updates, and the reviews it sits on or has actions in.
        DROP POLICY IF EXISTS marac_rep ON dhr_action;
        CREATE POLICY marac_rep ON dhr_action FOR SELECT TO marac_agency_rep
            USING (agency_id = marac_current_agency());
        DROP POLICY IF EXISTS marac_rep_update ON dhr_action;
        CREATE POLICY marac_rep_update ON dhr_action FOR UPDATE TO marac_agency_rep
            USING (agency_id = marac_current_agency()) WITH CHECK (agency_id = marac_current_agency());
        DROP POLICY IF EXISTS marac_rep ON dhr_action_update;
        CREATE POLICY marac_rep ON dhr_action_update FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM dhr_action a WHERE a.id = action_id));
        DROP POLICY IF EXISTS marac_rep_insert ON dhr_action_update;
        CREATE POLICY marac_rep_insert ON dhr_action_update FOR INSERT TO marac_agency_rep
            WITH CHECK (EXISTS (SELECT 1 FROM dhr_action a WHERE a.id = action_id));
        DROP POLICY IF EXISTS marac_rep ON dhr_panel_agency;
        CREATE POLICY marac_rep ON dhr_panel_agency FOR SELECT TO marac_agency_rep
            USING (agency_id = marac_current_agency());
        DROP POLICY IF EXISTS marac_rep ON dhr_review;
        CREATE POLICY marac_rep ON dhr_review FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM dhr_action a WHERE a.review_id = dhr_review.id)
                OR EXISTS (SELECT 1 FROM dhr_panel_agency p WHERE p.review_id = dhr_review.id));
        DROP POLICY IF EXISTS marac_rep ON dhr_recommendation;
        CREATE POLICY marac_rep ON dhr_recommendation FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM dhr_review r WHERE r.id = review_id));
        DROP POLICY IF EXISTS marac_rep ON dhr_status_change;
        CREATE POLICY marac_rep ON dhr_status_change FOR SELECT TO marac_agency_rep
            USING (EXISTS (SELECT 1 FROM dhr_review r WHERE r.id = review_id));
        """#
}

extension Role {
    /// The PostgreSQL group role that carries this role's grants and policies.
    var groupRole: String {
        switch self {
        case .coordinator: "marac_coordinator"
        case .chair: "marac_chair"
        case .agencyRep: "marac_agency_rep"
        case .dhrChair: "marac_dhr_chair"
        case .auditor: "marac_auditor"
        }
    }
}
