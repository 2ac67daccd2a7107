/// The schema of the workbench on a PostgreSQL server: the same steps as ``Migrations``, with
/// the same numbers, names, tables, columns and indexes, in PostgreSQL's words.
///
/// What differs, and why: an id is a `bigint PRIMARY KEY` that a `BEFORE INSERT` trigger sets
/// to `max(id) + 1` when none is given, which is what SQLite's `INTEGER PRIMARY KEY` does, so
/// both backends number records alike (a sequence would skip the values of rolled-back
/// commands: the first review after a refused one would be R2). Writers hold the write lock
/// (``PostgreSQLDialect/writeLockKey``), so two commands never take the same id; the trigger
/// function is `SECURITY DEFINER`, so it sees every row whatever row-level security hides from
/// the role inserting. Explicit ids are accepted (`bench seed`, `marac copy`). Every other
/// integer is `bigint`, so a value read back is an `Int64` as on SQLite. Dates, times and timestamps stay ISO 8601
/// `text`, so they sort as on SQLite and the audit chain hashes byte-identical text on both
/// backends. Flags stay integers 0 and 1 with the same `CHECK`s, so the aggregates' SQL
/// (`is_repeat = 1`, `sum(is_repeat)`) is the same on both. Triggers call PL/pgSQL functions.
///
/// A shipped step is never edited: append a new one, to both lists.
/// `Tests/MARACKitTests/Fixtures/schema-postgresql.sql` holds the schema these steps produce.
public enum PostgreSQLMigrations {
    /// Every step, oldest first, numbered as ``Migrations/all``.
    public static let all: [Migration] = [
        Migration(version: 1, name: "MARAC cycle and audit log", sql: marac),
        Migration(version: 2, name: "sharing records", sql: sharing),
        Migration(version: 3, name: "DHR action plans", sql: dhrActionPlans),
        Migration(version: 4, name: "users and roles", sql: usersAndRoles),
        Migration(version: 5, name: "Indexes for national scale", sql: nationalScaleIndexes),
        Migration(version: 6, name: "DHR case links and retention guards", sql: dhrCaseLinks),
        Migration(version: 7, name: "identifier high-water marks", sql: idHighWater),
        Migration(version: 8, name: "meeting record and frozen minutes", sql: meetingRecord),
        Migration(version: 9, name: "areas, retired agencies, deputies", sql: areasAndAgencies),
        Migration(version: 10, name: "audit chain head", sql: AuditHeadMigration.postgreSQL),
        Migration(version: 11, name: "frozen agency extracts", sql: minutesExtractSnapshot),
        Migration(version: 12, name: "perpetrators, children, aliases", sql: people),
        Migration(version: 13, name: "subject of sharing records", sql: sharingSubject),
        Migration(version: 14, name: "IDVA allocation and transfers", sql: idvaAndTransfers),
        Migration(
            version: 15, name: "person matching keys", sql: personMatching,
            then: PersonMatchingMigration.backfill),
        Migration(version: 16, name: "indexes on every foreign key", sql: foreignKeyIndexes),
    ]

    /// Agencies, people, meetings, referrals, agendas, attendance, risks, actions, audit.
    ///
    /// As SQLite's step 1, except: `meeting` comes before `referral` (PostgreSQL needs a
    /// referenced table to exist), the append-only triggers call a PL/pgSQL function, and
    /// `TRUNCATE` of the audit log is refused too.
    static let marac = """
        CREATE FUNCTION marac_next_id() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog AS $$
        BEGIN
            EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME)
                INTO NEW.id;
            RETURN NEW;
        END $$;
        CREATE TABLE agency(
            id bigint PRIMARY KEY,
            code text NOT NULL UNIQUE,
            name text NOT NULL,
            sector text NOT NULL,
            public_authority bigint NOT NULL DEFAULT 0 CHECK (public_authority IN (0, 1)),
            competent_authority bigint NOT NULL DEFAULT 0 CHECK (competent_authority IN (0, 1)),
            created_at text NOT NULL,
            created_by text NOT NULL
        );
        CREATE TABLE representative(
            id bigint PRIMARY KEY,
            agency_id bigint NOT NULL REFERENCES agency(id),
            name text NOT NULL,
            email text,
            role text,
            created_at text NOT NULL,
            created_by text NOT NULL
        );
        CREATE INDEX representative_by_agency ON representative(agency_id);
        CREATE TABLE person(
            id bigint PRIMARY KEY,
            name text NOT NULL,
            date_of_birth text,
            match_key text NOT NULL UNIQUE,
            gender text NOT NULL DEFAULT 'not recorded',
            ethnicity text NOT NULL DEFAULT 'not recorded',
            disability text NOT NULL DEFAULT 'not recorded',
            sexual_orientation text NOT NULL DEFAULT 'not recorded',
            created_at text NOT NULL
        );
        CREATE TABLE meeting(
            id bigint PRIMARY KEY,
            area text NOT NULL,
            held_on text NOT NULL,
            starts_at text NOT NULL DEFAULT '09:30',
            chair text,
            capacity bigint NOT NULL DEFAULT 20 CHECK (capacity > 0),
            opened_at text,
            opened_by text,
            closed_at text,
            closed_by text,
            created_at text NOT NULL,
            created_by text NOT NULL
        );
        CREATE INDEX meeting_by_date ON meeting(held_on);
        CREATE TABLE referral(
            id bigint PRIMARY KEY,
            reference text NOT NULL UNIQUE,
            victim_id bigint NOT NULL REFERENCES person(id),
            agency_id bigint NOT NULL REFERENCES agency(id),
            area text NOT NULL,
            referred_on text NOT NULL,
            dash_score bigint CHECK (dash_score BETWEEN 0 AND 27),
            dash_answers text,
            visible_high_risk text,
            callouts bigint CHECK (callouts >= 0),
            children bigint NOT NULL DEFAULT 0 CHECK (children >= 0),
            criteria text NOT NULL,
            override_reason text,
            is_repeat bigint NOT NULL CHECK (is_repeat IN (0, 1)),
            previous_referral_id bigint REFERENCES referral(id),
            age_band text NOT NULL DEFAULT 'not recorded',
            listed_meeting_id bigint REFERENCES meeting(id),
            heard_on text,
            created_at text NOT NULL,
            created_by text NOT NULL
        );
        CREATE INDEX referral_by_victim ON referral(victim_id, referred_on);
        CREATE INDEX referral_by_date ON referral(referred_on);
        CREATE INDEX referral_unheard ON referral(area, referred_on) WHERE heard_on IS NULL;
        CREATE INDEX referral_by_listing ON referral(listed_meeting_id)
            WHERE listed_meeting_id IS NOT NULL;
        CREATE TABLE perpetrator(
            referral_id bigint NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            person_id bigint NOT NULL REFERENCES person(id),
            relationship text NOT NULL,
            PRIMARY KEY (referral_id, person_id)
        );
        CREATE TABLE agenda_item(
            meeting_id bigint NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            referral_id bigint NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            position bigint,
            section text NOT NULL CHECK (section IN ('children', 'other', 'review')),
            deferred bigint NOT NULL DEFAULT 0 CHECK (deferred IN (0, 1)),
            PRIMARY KEY (meeting_id, referral_id)
        );
        CREATE INDEX agenda_item_by_referral ON agenda_item(referral_id);
        CREATE TABLE attendance(
            meeting_id bigint NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            agency_id bigint NOT NULL REFERENCES agency(id),
            status text NOT NULL CHECK (status IN ('present', 'apologies', 'absent')),
            representative text,
            recorded_at text NOT NULL,
            recorded_by text NOT NULL,
            PRIMARY KEY (meeting_id, agency_id)
        );
        CREATE TABLE risk(
            id bigint PRIMARY KEY,
            referral_id bigint NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            meeting_id bigint REFERENCES meeting(id),
            text text NOT NULL,
            created_at text NOT NULL,
            created_by text NOT NULL
        );
        CREATE INDEX risk_by_referral ON risk(referral_id);
        CREATE TABLE action(
            id bigint PRIMARY KEY,
            referral_id bigint NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            meeting_id bigint REFERENCES meeting(id),
            agency_id bigint NOT NULL REFERENCES agency(id),
            owner text,
            text text NOT NULL,
            due_on text NOT NULL,
            status text NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'in-progress', 'done', 'blocked', 'cancelled')),
            completed_on text,
            version bigint NOT NULL DEFAULT 1,
            created_at text NOT NULL,
            created_by text NOT NULL
        );
        CREATE INDEX action_by_referral ON action(referral_id);
        CREATE INDEX action_by_meeting ON action(meeting_id);
        CREATE INDEX action_pending_by_due ON action(due_on)
            WHERE status IN ('open', 'in-progress', 'blocked');
        CREATE INDEX action_pending_by_agency ON action(agency_id, due_on)
            WHERE status IN ('open', 'in-progress', 'blocked');
        CREATE TABLE action_update(
            id bigint PRIMARY KEY,
            action_id bigint NOT NULL REFERENCES action(id) ON DELETE CASCADE,
            at text NOT NULL,
            by text NOT NULL,
            status text,
            note text,
            evidence text,
            due_on text
        );
        CREATE INDEX action_update_by_action ON action_update(action_id);
        CREATE TABLE audit_log(
            id bigint PRIMARY KEY,
            at text NOT NULL,
            "user" text NOT NULL,
            command text NOT NULL,
            entity text NOT NULL,
            entity_id text NOT NULL,
            summary text NOT NULL,
            previous_hash text NOT NULL,
            hash text NOT NULL
        );
        CREATE INDEX audit_log_by_time ON audit_log(at);
        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit log is append-only'
                USING ERRCODE = 'integrity_constraint_violation';
        END $$;
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
        CREATE TRIGGER agency_next_id BEFORE INSERT ON agency
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TRIGGER representative_next_id BEFORE INSERT ON representative
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TRIGGER person_next_id BEFORE INSERT ON person
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TRIGGER meeting_next_id BEFORE INSERT ON meeting
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TRIGGER referral_next_id BEFORE INSERT ON referral
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TRIGGER risk_next_id BEFORE INSERT ON risk
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TRIGGER action_next_id BEFORE INSERT ON action
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TRIGGER action_update_next_id BEFORE INSERT ON action_update
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TRIGGER audit_log_next_id BEFORE INSERT ON audit_log
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        """

    /// Sharing records and decisions not to share, their recipients and lawful-basis tags.
    static let sharing = """
        CREATE TABLE sharing(
            id bigint PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('shared', 'declined')),
            referral_id bigint NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            meeting_id bigint REFERENCES meeting(id),
            agency_id bigint NOT NULL REFERENCES agency(id),
            shared_on text NOT NULL,
            summary text,
            categories text NOT NULL,
            consent text CHECK (consent IN ('sought', 'given', 'refused', 'not-sought')),
            consent_reason text
                CHECK (consent_reason IN ('unsafe', 'would-prejudice-purpose', 'cannot-be-given')),
            common_law text CHECK (common_law IN ('consent', 'law', 'public-interest')),
            rationale text NOT NULL,
            purpose text,
            adult_at_risk text,
            review_on text,
            recorded_at text NOT NULL,
            recorded_by text NOT NULL,
            CHECK (kind = 'declined' OR (summary IS NOT NULL AND consent IS NOT NULL)),
            CHECK (consent_reason IS NULL OR consent = 'not-sought')
        );
        CREATE INDEX sharing_by_referral ON sharing(referral_id, shared_on);
        CREATE INDEX sharing_by_meeting ON sharing(meeting_id) WHERE meeting_id IS NOT NULL;
        CREATE INDEX sharing_by_date ON sharing(shared_on);
        CREATE TABLE sharing_recipient(
            sharing_id bigint NOT NULL REFERENCES sharing(id) ON DELETE CASCADE,
            position bigint NOT NULL,
            agency_id bigint REFERENCES agency(id),
            PRIMARY KEY (sharing_id, position)
        );
        CREATE TABLE sharing_basis(
            sharing_id bigint NOT NULL REFERENCES sharing(id) ON DELETE CASCADE,
            position bigint NOT NULL,
            tag text NOT NULL,
            PRIMARY KEY (sharing_id, position)
        );
        CREATE INDEX sharing_basis_by_tag ON sharing_basis(tag, sharing_id);
        CREATE TRIGGER sharing_next_id BEFORE INSERT ON sharing
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        """

    /// Domestic Homicide Reviews, their recommendations, SMART actions and progress updates.
    static let dhrActionPlans = """
        CREATE TABLE dhr_review(
            id bigint PRIMARY KEY,
            pseudonym text NOT NULL,
            csp text NOT NULL,
            type text NOT NULL DEFAULT 'DHR' CHECK (type IN ('DHR', 'DARDR')),
            status text NOT NULL DEFAULT 'commissioned'
                CHECK (status IN ('commissioned', 'in-progress', 'submitted', 'approved',
                                  'published', 'closed')),
            death_on text,
            decision_on text,
            submitted_on text,
            approved_on text,
            published_on text,
            closed_on text,
            chair text,
            created_at text NOT NULL,
            created_by text NOT NULL
        );
        CREATE TABLE dhr_panel_agency(
            review_id bigint NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
            agency_id bigint NOT NULL REFERENCES agency(id),
            PRIMARY KEY (review_id, agency_id)
        );
        CREATE TABLE dhr_status_change(
            id bigint PRIMARY KEY,
            review_id bigint NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
            from_status text NOT NULL,
            to_status text NOT NULL,
            effective_on text NOT NULL,
            at text NOT NULL,
            by text NOT NULL
        );
        CREATE INDEX dhr_status_change_by_review ON dhr_status_change(review_id);
        CREATE TABLE dhr_recommendation(
            id bigint PRIMARY KEY,
            review_id bigint NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
            number bigint NOT NULL CHECK (number > 0),
            text text NOT NULL,
            scope text NOT NULL CHECK (scope IN ('local', 'regional', 'national')),
            finding text,
            created_at text NOT NULL,
            created_by text NOT NULL,
            UNIQUE (review_id, number)
        );
        CREATE TABLE dhr_action(
            id bigint PRIMARY KEY,
            review_id bigint NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
            recommendation_id bigint NOT NULL REFERENCES dhr_recommendation(id),
            agency_id bigint NOT NULL REFERENCES agency(id),
            text text NOT NULL,
            owner text,
            measure text,
            milestones text,
            target_on text NOT NULL,
            status text NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'in-progress', 'blocked', 'closed', 'cancelled')),
            completed_on text,
            outcome text,
            signed_off_on text,
            signed_off_by text,
            created_on text NOT NULL,
            last_activity_on text NOT NULL,
            has_evidence bigint NOT NULL DEFAULT 0 CHECK (has_evidence IN (0, 1)),
            version bigint NOT NULL DEFAULT 1,
            created_at text NOT NULL,
            created_by text NOT NULL
        );
        CREATE INDEX dhr_action_by_review ON dhr_action(review_id, recommendation_id);
        CREATE INDEX dhr_action_by_recommendation ON dhr_action(recommendation_id);
        CREATE INDEX dhr_action_by_agency ON dhr_action(agency_id, review_id);
        CREATE INDEX dhr_action_pending_by_agency ON dhr_action(agency_id, target_on)
            WHERE status IN ('open', 'in-progress', 'blocked');
        CREATE INDEX dhr_action_pending_by_target ON dhr_action(target_on)
            WHERE status IN ('open', 'in-progress', 'blocked');
        CREATE TABLE dhr_action_update(
            id bigint PRIMARY KEY,
            action_id bigint NOT NULL REFERENCES dhr_action(id) ON DELETE CASCADE,
            effective_on text NOT NULL,
            at text NOT NULL,
            by text NOT NULL,
            status text,
            note text,
            evidence text,
            milestones text,
            outcome text
        );
        CREATE INDEX dhr_action_update_by_action ON dhr_action_update(action_id, effective_on);
        CREATE TRIGGER dhr_review_next_id BEFORE INSERT ON dhr_review
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TRIGGER dhr_status_change_next_id BEFORE INSERT ON dhr_status_change
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TRIGGER dhr_recommendation_next_id BEFORE INSERT ON dhr_recommendation
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TRIGGER dhr_action_next_id BEFORE INSERT ON dhr_action
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TRIGGER dhr_action_update_next_id BEFORE INSERT ON dhr_action_update
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        """

    /// The users of the tool and their roles; an agency representative is bound to one agency.
    static let usersAndRoles = """
        CREATE TABLE app_user(
            id bigint PRIMARY KEY,
            name text NOT NULL UNIQUE,
            role text NOT NULL
                CHECK (role IN ('coordinator', 'chair', 'agency-rep', 'dhr-chair', 'auditor')),
            agency_id bigint REFERENCES agency(id),
            created_at text NOT NULL,
            created_by text NOT NULL,
            CHECK ((role = 'agency-rep') = (agency_id IS NOT NULL))
        );
        CREATE TRIGGER app_user_next_id BEFORE INSERT ON app_user
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        """

    /// The indexes of SQLite's step 5, which PostgreSQL's planner uses the same way.
    static let nationalScaleIndexes = """
        CREATE INDEX meeting_by_area ON meeting(area, held_on);
        CREATE INDEX action_pending_by_meeting ON action(meeting_id, due_on)
            WHERE status IN ('open', 'in-progress', 'blocked');
        """

    /// MARAC cases linked to a Domestic Homicide Review, and the guard on deleting referrals.
    static let dhrCaseLinks = """
        CREATE TABLE dhr_review_case(
            review_id bigint NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
            referral_id bigint NOT NULL REFERENCES referral(id),
            linked_at text NOT NULL,
            linked_by text NOT NULL,
            PRIMARY KEY (review_id, referral_id)
        );
        CREATE INDEX dhr_review_case_by_referral ON dhr_review_case(referral_id);
        CREATE FUNCTION referral_keeps_sharing() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM sharing WHERE referral_id = OLD.id) THEN
                RAISE EXCEPTION 'a referral with sharing records cannot be deleted'
                    USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            RETURN OLD;
        END $$;
        CREATE TRIGGER referral_keeps_sharing BEFORE DELETE ON referral
            FOR EACH ROW EXECUTE FUNCTION referral_keeps_sharing();
        """

    /// The highest id ever issued per kind, kept when records are purged.
    static let idHighWater = """
        CREATE TABLE id_high_water(
            name text PRIMARY KEY,
            value bigint NOT NULL
        );
        """

    /// The meeting's record (venue, minute-taker, next date), other business, and the minutes
    /// frozen when the meeting closes.
    static let meetingRecord = """
        ALTER TABLE meeting ADD COLUMN venue text;
        ALTER TABLE meeting ADD COLUMN minute_taker text;
        ALTER TABLE meeting ADD COLUMN next_meeting_on text;
        CREATE TABLE other_business(
            id bigint PRIMARY KEY,
            meeting_id bigint NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            text text NOT NULL,
            recorded_at text NOT NULL,
            recorded_by text NOT NULL
        );
        CREATE INDEX other_business_by_meeting ON other_business(meeting_id);
        CREATE TRIGGER other_business_next_id BEFORE INSERT ON other_business
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        CREATE TABLE minutes_snapshot(
            meeting_id bigint PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
            taken_at text NOT NULL,
            taken_by text NOT NULL,
            origin text NOT NULL CHECK (origin IN ('close', 'first-export')),
            content text NOT NULL
        );
        """

    /// Registered MARAC areas, retired agencies, deputies and referrals heard together.
    ///
    /// As SQLite's step 9: the areas already used (or `default`) are registered; an agenda row's
    /// `heard_with` is the earlier referral of a victim heard with the listed one.
    static let areasAndAgencies = """
        CREATE TABLE area(
            id bigint PRIMARY KEY,
            name text NOT NULL UNIQUE,
            created_at text NOT NULL,
            created_by text NOT NULL
        );
        CREATE TRIGGER area_next_id BEFORE INSERT ON area
            FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION marac_next_id();
        INSERT INTO area(name, created_at, created_by)
        SELECT name, min(created_at), 'migration' FROM (
            SELECT area AS name, created_at FROM referral
            UNION ALL SELECT area AS name, created_at FROM meeting) used
        GROUP BY name ORDER BY min(created_at), name;
        INSERT INTO area(name, created_at, created_by)
        SELECT 'default', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), 'migration'
        WHERE NOT EXISTS (SELECT 1 FROM area);
        ALTER TABLE agency ADD COLUMN retired_on text;
        ALTER TABLE attendance ADD COLUMN deputy bigint NOT NULL DEFAULT 0 CHECK (deputy IN (0, 1));
        ALTER TABLE agenda_item ADD COLUMN heard_with bigint;
        """

    /// Each agency's extract of a meeting's minutes, frozen with them at the close.
    ///
    /// `content` is the extract (`MinutesSnapshot` JSON of `MinutesData.extract(for:)`), so an
    /// agency representative's extract of a closed meeting comes from its own row, never from
    /// the full minutes (which hold every agency's content).
    static let minutesExtractSnapshot = """
        CREATE TABLE minutes_extract_snapshot(
            meeting_id bigint NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            agency_id bigint NOT NULL REFERENCES agency(id),
            content text NOT NULL,
            PRIMARY KEY (meeting_id, agency_id)
        );
        CREATE INDEX minutes_extract_snapshot_by_agency ON minutes_extract_snapshot(agency_id);
        """
}
