/// The schema of the workbench, as an ordered list of immutable steps.
///
/// A shipped step is never edited: append a new one. `Tests/MARACKitTests/Fixtures/schema.sql`
/// holds the schema these steps produce, so an edited step shows up as a test failure.
public enum Migrations {
    /// Every step, oldest first.
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
        Migration(version: 10, name: "audit chain head", sql: AuditHeadMigration.sqlite),
        Migration(version: 11, name: "frozen agency extracts", sql: minutesExtractSnapshot),
        Migration(version: 12, name: "perpetrators, children, aliases", sql: people),
        Migration(version: 13, name: "subject of sharing records", sql: sharingSubject),
        Migration(version: 14, name: "IDVA allocation and transfers", sql: idvaAndTransfers),
        Migration(
            version: 15, name: "person matching keys", sql: personMatching,
            then: PersonMatchingMigration.backfill),
        Migration(version: 16, name: "indexes on every foreign key", sql: foreignKeyIndexes),
    ]

    /// Agencies, people, referrals, meetings, agendas, attendance, risks, actions, audit.
    static let marac = """
        CREATE TABLE agency(
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            sector TEXT NOT NULL,
            public_authority INTEGER NOT NULL DEFAULT 0 CHECK (public_authority IN (0, 1)),
            competent_authority INTEGER NOT NULL DEFAULT 0 CHECK (competent_authority IN (0, 1)),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE TABLE representative(
            id INTEGER PRIMARY KEY,
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            name TEXT NOT NULL,
            email TEXT,
            role TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE INDEX representative_by_agency ON representative(agency_id);
        CREATE TABLE person(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            date_of_birth TEXT,
            match_key TEXT NOT NULL UNIQUE,
            gender TEXT NOT NULL DEFAULT 'not recorded',
            ethnicity TEXT NOT NULL DEFAULT 'not recorded',
            disability TEXT NOT NULL DEFAULT 'not recorded',
            sexual_orientation TEXT NOT NULL DEFAULT 'not recorded',
            created_at TEXT NOT NULL
        );
        CREATE TABLE referral(
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            victim_id INTEGER NOT NULL REFERENCES person(id),
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            area TEXT NOT NULL,
            referred_on TEXT NOT NULL,
            dash_score INTEGER CHECK (dash_score BETWEEN 0 AND 27),
            dash_answers TEXT,
            visible_high_risk TEXT,
            callouts INTEGER CHECK (callouts >= 0),
            children INTEGER NOT NULL DEFAULT 0 CHECK (children >= 0),
            criteria TEXT NOT NULL,
            override_reason TEXT,
            is_repeat INTEGER NOT NULL CHECK (is_repeat IN (0, 1)),
            previous_referral_id INTEGER REFERENCES referral(id),
            age_band TEXT NOT NULL DEFAULT 'not recorded',
            listed_meeting_id INTEGER REFERENCES meeting(id),
            heard_on TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE INDEX referral_by_victim ON referral(victim_id, referred_on);
        CREATE INDEX referral_by_date ON referral(referred_on);
        CREATE INDEX referral_unheard ON referral(area, referred_on) WHERE heard_on IS NULL;
        CREATE INDEX referral_by_listing ON referral(listed_meeting_id)
            WHERE listed_meeting_id IS NOT NULL;
        CREATE TABLE perpetrator(
            referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id),
            relationship TEXT NOT NULL,
            PRIMARY KEY (referral_id, person_id)
        );
        CREATE TABLE meeting(
            id INTEGER PRIMARY KEY,
            area TEXT NOT NULL,
            held_on TEXT NOT NULL,
            starts_at TEXT NOT NULL DEFAULT '09:30',
            chair TEXT,
            capacity INTEGER NOT NULL DEFAULT 20 CHECK (capacity > 0),
            opened_at TEXT,
            opened_by TEXT,
            closed_at TEXT,
            closed_by TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE INDEX meeting_by_date ON meeting(held_on);
        CREATE TABLE agenda_item(
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            position INTEGER,
            section TEXT NOT NULL CHECK (section IN ('children', 'other', 'review')),
            deferred INTEGER NOT NULL DEFAULT 0 CHECK (deferred IN (0, 1)),
            PRIMARY KEY (meeting_id, referral_id)
        );
        CREATE INDEX agenda_item_by_referral ON agenda_item(referral_id);
        CREATE TABLE attendance(
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            status TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent')),
            representative TEXT,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            PRIMARY KEY (meeting_id, agency_id)
        );
        CREATE TABLE risk(
            id INTEGER PRIMARY KEY,
            referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            meeting_id INTEGER REFERENCES meeting(id),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE INDEX risk_by_referral ON risk(referral_id);
        CREATE TABLE action(
            id INTEGER PRIMARY KEY,
            referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            meeting_id INTEGER REFERENCES meeting(id),
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            owner TEXT,
            text TEXT NOT NULL,
            due_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'in-progress', 'done', 'blocked', 'cancelled')),
            completed_on TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE INDEX action_by_referral ON action(referral_id);
        CREATE INDEX action_by_meeting ON action(meeting_id);
        CREATE INDEX action_pending_by_due ON action(due_on)
            WHERE status IN ('open', 'in-progress', 'blocked');
        CREATE INDEX action_pending_by_agency ON action(agency_id, due_on)
            WHERE status IN ('open', 'in-progress', 'blocked');
        CREATE TABLE action_update(
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            status TEXT,
            note TEXT,
            evidence TEXT,
            due_on TEXT
        );
        CREATE INDEX action_update_by_action ON action_update(action_id);
        CREATE TABLE audit_log(
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            command TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            summary TEXT NOT NULL,
            previous_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_log_by_time ON audit_log(at);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """

    /// Sharing records and decisions not to share, their recipients and lawful-basis tags.
    ///
    /// One table holds both kinds (`kind`), so the log of a case reads in one index range; the
    /// tags sit in a link table indexed by tag, so `share list --basis` and the register do not
    /// scan. A recipient with no agency is the MARAC itself.
    static let sharing = """
        CREATE TABLE sharing(
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('shared', 'declined')),
            referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            meeting_id INTEGER REFERENCES meeting(id),
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            shared_on TEXT NOT NULL,
            summary TEXT,
            categories TEXT NOT NULL,
            consent TEXT CHECK (consent IN ('sought', 'given', 'refused', 'not-sought')),
            consent_reason TEXT
                CHECK (consent_reason IN ('unsafe', 'would-prejudice-purpose', 'cannot-be-given')),
            common_law TEXT CHECK (common_law IN ('consent', 'law', 'public-interest')),
            rationale TEXT NOT NULL,
            purpose TEXT,
            adult_at_risk TEXT,
            review_on TEXT,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            CHECK (kind = 'declined' OR (summary IS NOT NULL AND consent IS NOT NULL)),
            CHECK (consent_reason IS NULL OR consent = 'not-sought')
        );
        CREATE INDEX sharing_by_referral ON sharing(referral_id, shared_on);
        CREATE INDEX sharing_by_meeting ON sharing(meeting_id) WHERE meeting_id IS NOT NULL;
        CREATE INDEX sharing_by_date ON sharing(shared_on);
        CREATE TABLE sharing_recipient(
            sharing_id INTEGER NOT NULL REFERENCES sharing(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            agency_id INTEGER REFERENCES agency(id),
            PRIMARY KEY (sharing_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE sharing_basis(
            sharing_id INTEGER NOT NULL REFERENCES sharing(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (sharing_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX sharing_basis_by_tag ON sharing_basis(tag, sharing_id);
        """

    /// Domestic Homicide Reviews, their recommendations, SMART actions and progress updates.
    static let dhrActionPlans = """
        CREATE TABLE dhr_review(
            id INTEGER PRIMARY KEY,
            pseudonym TEXT NOT NULL,
            csp TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT 'DHR' CHECK (type IN ('DHR', 'DARDR')),
            status TEXT NOT NULL DEFAULT 'commissioned'
                CHECK (status IN ('commissioned', 'in-progress', 'submitted', 'approved',
                                  'published', 'closed')),
            death_on TEXT,
            decision_on TEXT,
            submitted_on TEXT,
            approved_on TEXT,
            published_on TEXT,
            closed_on TEXT,
            chair TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE TABLE dhr_panel_agency(
            review_id INTEGER NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            PRIMARY KEY (review_id, agency_id)
        );
        CREATE TABLE dhr_status_change(
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
            from_status TEXT NOT NULL,
            to_status TEXT NOT NULL,
            effective_on TEXT NOT NULL,
            at TEXT NOT NULL,
            by TEXT NOT NULL
        );
        CREATE INDEX dhr_status_change_by_review ON dhr_status_change(review_id);
        CREATE TABLE dhr_recommendation(
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number > 0),
            text TEXT NOT NULL,
            scope TEXT NOT NULL CHECK (scope IN ('local', 'regional', 'national')),
            finding TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            UNIQUE (review_id, number)
        );
        CREATE TABLE dhr_action(
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
            recommendation_id INTEGER NOT NULL REFERENCES dhr_recommendation(id),
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            text TEXT NOT NULL,
            owner TEXT,
            measure TEXT,
            milestones TEXT,
            target_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'in-progress', 'blocked', 'closed', 'cancelled')),
            completed_on TEXT,
            outcome TEXT,
            signed_off_on TEXT,
            signed_off_by TEXT,
            created_on TEXT NOT NULL,
            last_activity_on TEXT NOT NULL,
            has_evidence INTEGER NOT NULL DEFAULT 0 CHECK (has_evidence IN (0, 1)),
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE INDEX dhr_action_by_review ON dhr_action(review_id, recommendation_id);
        CREATE INDEX dhr_action_by_recommendation ON dhr_action(recommendation_id);
        CREATE INDEX dhr_action_by_agency ON dhr_action(agency_id, review_id);
        CREATE INDEX dhr_action_pending_by_agency ON dhr_action(agency_id, target_on)
            WHERE status IN ('open', 'in-progress', 'blocked');
        CREATE INDEX dhr_action_pending_by_target ON dhr_action(target_on)
            WHERE status IN ('open', 'in-progress', 'blocked');
        CREATE TABLE dhr_action_update(
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES dhr_action(id) ON DELETE CASCADE,
            effective_on TEXT NOT NULL,
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            status TEXT,
            note TEXT,
            evidence TEXT,
            milestones TEXT,
            outcome TEXT
        );
        CREATE INDEX dhr_action_update_by_action ON dhr_action_update(action_id, effective_on);
        """

    /// The users of the tool and their roles; an agency representative is bound to one agency.
    static let usersAndRoles = """
        CREATE TABLE app_user(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL
                CHECK (role IN ('coordinator', 'chair', 'agency-rep', 'dhr-chair', 'auditor')),
            agency_id INTEGER REFERENCES agency(id),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            CHECK ((role = 'agency-rep') = (agency_id IS NOT NULL))
        );
        """

    /// Indexes that keep the agenda's "incomplete actions from earlier meetings" a search at a
    /// million referrals: an area's meetings by date, and each meeting's pending actions (the
    /// query used to walk every pending action in the country in due order).
    static let nationalScaleIndexes = """
        CREATE INDEX meeting_by_area ON meeting(area, held_on);
        CREATE INDEX action_pending_by_meeting ON action(meeting_id, due_on)
            WHERE status IN ('open', 'in-progress', 'blocked');
        """

    /// MARAC cases linked to a Domestic Homicide Review, and a guard on deleting referrals.
    ///
    /// A link holds the case (and the victim's other cases) from retention while the review is
    /// open. Deleting a review takes its links; deleting a linked case is refused until the
    /// link is removed, so retention removes it explicitly. A referral with sharing records
    /// cannot be deleted either: retention deletes (and audits) the sharing records first, so
    /// none ever goes silently by cascade.
    static let dhrCaseLinks = """
        CREATE TABLE dhr_review_case(
            review_id INTEGER NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
            referral_id INTEGER NOT NULL REFERENCES referral(id),
            linked_at TEXT NOT NULL,
            linked_by TEXT NOT NULL,
            PRIMARY KEY (review_id, referral_id)
        ) WITHOUT ROWID;
        CREATE INDEX dhr_review_case_by_referral ON dhr_review_case(referral_id);
        CREATE TRIGGER referral_keeps_sharing BEFORE DELETE ON referral
        WHEN EXISTS (SELECT 1 FROM sharing WHERE referral_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'a referral with sharing records cannot be deleted'); END;
        """

    /// The highest id ever issued per kind, kept when records are purged, so that a reference
    /// already printed in minutes and the audit log (`C-000042`) is never given to another case.
    static let idHighWater = """
        CREATE TABLE id_high_water(
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        """

    /// What the minutes of a meeting record beyond its cases: the venue, the minute-taker, the
    /// date of the next meeting, any other business; and the minutes frozen when it closed.
    ///
    /// `minutes_snapshot.content` is the minutes' data as at the close (`MinutesSnapshot`,
    /// JSON), so a closed meeting's minutes are rendered from it however often they are
    /// exported. Plain `TEXT`/`INTEGER` columns, so the PostgreSQL twin is the same statements.
    static let meetingRecord = """
        ALTER TABLE meeting ADD COLUMN venue TEXT;
        ALTER TABLE meeting ADD COLUMN minute_taker TEXT;
        ALTER TABLE meeting ADD COLUMN next_meeting_on TEXT;
        CREATE TABLE other_business(
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL
        );
        CREATE INDEX other_business_by_meeting ON other_business(meeting_id);
        CREATE TABLE minutes_snapshot(
            meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
            taken_at TEXT NOT NULL,
            taken_by TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('close', 'first-export')),
            content TEXT NOT NULL
        );
        """

    /// Registered MARAC areas; agencies retired from the MARAC; deputies at a meeting.
    ///
    /// The areas already used by referrals and meetings are registered, oldest first; a
    /// database with none gets the one area `default`, which referrals use while it is the
    /// only one. Area names are matched ignoring case and spaces by the workbench, so the
    /// table keeps them as registered. A retired agency keeps its history but gets no new
    /// referrals or actions. An attendance may be by a deputy rather than a registered
    /// representative. An agenda row with `heard_with` is an earlier referral of the victim
    /// heard with the item of that referral id (one victim is one agenda item).
    static let areasAndAgencies = """
        CREATE TABLE area(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        INSERT INTO area(name, created_at, created_by)
        SELECT name, min(created_at), 'migration' FROM (
            SELECT area AS name, created_at FROM referral
            UNION ALL SELECT area AS name, created_at FROM meeting) used
        GROUP BY name ORDER BY min(created_at), name;
        INSERT INTO area(name, created_at, created_by)
        SELECT 'default', CURRENT_TIMESTAMP, 'migration' WHERE NOT EXISTS (SELECT 1 FROM area);
        ALTER TABLE agency ADD COLUMN retired_on TEXT;
        ALTER TABLE attendance ADD COLUMN deputy INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE agenda_item ADD COLUMN heard_with INTEGER;
        """

    /// Each agency's extract of a meeting's minutes, frozen with them at the close.
    ///
    /// `content` is the extract (`MinutesSnapshot` JSON of `MinutesData.extract(for:)`), so an
    /// agency representative's extract of a closed meeting comes from its own row, never from
    /// the full minutes (which hold every agency's content).
    static let minutesExtractSnapshot = """
        CREATE TABLE minutes_extract_snapshot(
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            content TEXT NOT NULL,
            PRIMARY KEY (meeting_id, agency_id)
        ) WITHOUT ROWID;
        CREATE INDEX minutes_extract_snapshot_by_agency ON minutes_extract_snapshot(agency_id);
        """
}
