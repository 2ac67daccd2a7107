CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN SELECT RAISE(ABORT, 'the audit chain''s head cannot be deleted'); END;

CREATE TRIGGER audit_log_links_to_head BEFORE INSERT ON audit_log
WHEN NEW.previous_hash IS NOT (SELECT hash FROM audit_head)
BEGIN SELECT RAISE(ABORT, 'an audit entry must follow the head of the chain'); END;

CREATE TRIGGER audit_log_moves_head AFTER INSERT ON audit_log
BEGIN UPDATE audit_head SET entries = entries + 1, hash = NEW.hash; END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TRIGGER referral_keeps_sharing BEFORE DELETE ON referral
WHEN EXISTS (SELECT 1 FROM sharing WHERE referral_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a referral with sharing records cannot be deleted'); END;

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

CREATE TABLE agency(
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    sector TEXT NOT NULL,
    public_authority INTEGER NOT NULL DEFAULT 0 CHECK (public_authority IN (0, 1)),
    competent_authority INTEGER NOT NULL DEFAULT 0 CHECK (competent_authority IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
, retired_on TEXT);

CREATE TABLE agenda_item(
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
    position INTEGER,
    section TEXT NOT NULL CHECK (section IN ('children', 'other', 'review')),
    deferred INTEGER NOT NULL DEFAULT 0 CHECK (deferred IN (0, 1)), heard_with INTEGER,
    PRIMARY KEY (meeting_id, referral_id)
);

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

CREATE TABLE area(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE attendance(
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agency(id),
    status TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent')),
    representative TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL, deputy INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, agency_id)
);

CREATE TABLE audit_head(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    entries INTEGER NOT NULL CHECK (entries >= 0),
    hash TEXT NOT NULL
);

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

CREATE TABLE case_transfer(
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    area TEXT NOT NULL,
    other_marac TEXT NOT NULL,
    transferred_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    their_reference TEXT,
    history TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);

CREATE TABLE child(
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position > 0),
    name TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    relationship_to_victim TEXT NOT NULL,
    relationship_to_perpetrator TEXT NOT NULL,
    lives_with TEXT NOT NULL,
    school TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (referral_id, position)
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

CREATE TABLE dhr_panel_agency(
    review_id INTEGER NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agency(id),
    PRIMARY KEY (review_id, agency_id)
);

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

CREATE TABLE dhr_review_case(
    review_id INTEGER NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
    referral_id INTEGER NOT NULL REFERENCES referral(id),
    linked_at TEXT NOT NULL,
    linked_by TEXT NOT NULL,
    PRIMARY KEY (review_id, referral_id)
) WITHOUT ROWID;

CREATE TABLE dhr_status_change(
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES dhr_review(id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    effective_on TEXT NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL
);

CREATE TABLE id_high_water(
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE idva_allocation(
    referral_id INTEGER PRIMARY KEY REFERENCES referral(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agency(id),
    worker TEXT,
    allocated_on TEXT NOT NULL,
    engagement TEXT CHECK (engagement IN ('engaged', 'not-engaged', 'declined')),
    engagement_on TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    CHECK ((engagement IS NULL) = (engagement_on IS NULL))
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
, venue TEXT, minute_taker TEXT, next_meeting_on TEXT);

CREATE TABLE minutes_extract_snapshot(
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agency(id),
    content TEXT NOT NULL,
    PRIMARY KEY (meeting_id, agency_id)
) WITHOUT ROWID;

CREATE TABLE minutes_snapshot(
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
    taken_at TEXT NOT NULL,
    taken_by TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('close', 'first-export')),
    content TEXT NOT NULL
);

CREATE TABLE other_business(
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);

CREATE TABLE perpetrator(
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id),
    position INTEGER NOT NULL CHECK (position > 0),
    relationship TEXT NOT NULL,
    age INTEGER CHECK (age BETWEEN 0 AND 130),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (referral_id, person_id),
    UNIQUE (referral_id, position)
);

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

CREATE TABLE person_alias(
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (person_id, alias)
);

CREATE TABLE person_match_key(
    key TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (key, person_id)
) WITHOUT ROWID;

CREATE TABLE person_possible_duplicate(
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    reasons TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    found_at TEXT NOT NULL,
    PRIMARY KEY (person_id, other_id),
    CHECK (person_id > other_id)
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

CREATE TABLE representative(
    id INTEGER PRIMARY KEY,
    agency_id INTEGER NOT NULL REFERENCES agency(id),
    name TEXT NOT NULL,
    email TEXT,
    role TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE risk(
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
    meeting_id INTEGER REFERENCES meeting(id),
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE schema_migration(
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);

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
    recorded_by TEXT NOT NULL, subject TEXT NOT NULL DEFAULT 'victim'
    CHECK (subject IN ('victim', 'perpetrator', 'child', 'other')), subject_ordinal INTEGER
    CHECK (subject_ordinal >= 1
           AND (subject_ordinal IS NULL) = (subject NOT IN ('perpetrator', 'child'))), subject_text TEXT
    CHECK ((subject_text IS NULL) = (subject <> 'other')), catalogue_version TEXT,
    CHECK (kind = 'declined' OR (summary IS NOT NULL AND consent IS NOT NULL)),
    CHECK (consent_reason IS NULL OR consent = 'not-sought')
);

CREATE TABLE sharing_basis(
    sharing_id INTEGER NOT NULL REFERENCES sharing(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (sharing_id, position)
) WITHOUT ROWID;

CREATE TABLE sharing_recipient(
    sharing_id INTEGER NOT NULL REFERENCES sharing(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    agency_id INTEGER REFERENCES agency(id),
    PRIMARY KEY (sharing_id, position)
) WITHOUT ROWID;

CREATE INDEX action_by_meeting ON action(meeting_id);

CREATE INDEX action_by_referral ON action(referral_id);

CREATE INDEX action_pending_by_agency ON action(agency_id, due_on)
    WHERE status IN ('open', 'in-progress', 'blocked');

CREATE INDEX action_pending_by_due ON action(due_on)
    WHERE status IN ('open', 'in-progress', 'blocked');

CREATE INDEX action_pending_by_meeting ON action(meeting_id, due_on)
    WHERE status IN ('open', 'in-progress', 'blocked');

CREATE INDEX action_update_by_action ON action_update(action_id);

CREATE INDEX agenda_item_by_referral ON agenda_item(referral_id);

CREATE INDEX app_user_by_agency ON app_user(agency_id);

CREATE INDEX attendance_by_agency ON attendance(agency_id);

CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_id);

CREATE INDEX audit_log_by_time ON audit_log(at);

CREATE INDEX case_transfer_by_date ON case_transfer(transferred_on, direction);

CREATE INDEX case_transfer_by_referral ON case_transfer(referral_id, direction);

CREATE INDEX dhr_action_by_agency ON dhr_action(agency_id, review_id);

CREATE INDEX dhr_action_by_recommendation ON dhr_action(recommendation_id);

CREATE INDEX dhr_action_by_review ON dhr_action(review_id, recommendation_id);

CREATE INDEX dhr_action_pending_by_agency ON dhr_action(agency_id, target_on)
    WHERE status IN ('open', 'in-progress', 'blocked');

CREATE INDEX dhr_action_pending_by_target ON dhr_action(target_on)
    WHERE status IN ('open', 'in-progress', 'blocked');

CREATE INDEX dhr_action_update_by_action ON dhr_action_update(action_id, effective_on);

CREATE INDEX dhr_panel_agency_by_agency ON dhr_panel_agency(agency_id);

CREATE INDEX dhr_review_case_by_referral ON dhr_review_case(referral_id);

CREATE INDEX dhr_status_change_by_review ON dhr_status_change(review_id);

CREATE INDEX idva_allocation_by_agency ON idva_allocation(agency_id);

CREATE INDEX meeting_by_area ON meeting(area, held_on);

CREATE INDEX meeting_by_date ON meeting(held_on);

CREATE INDEX minutes_extract_snapshot_by_agency ON minutes_extract_snapshot(agency_id);

CREATE INDEX other_business_by_meeting ON other_business(meeting_id);

CREATE INDEX perpetrator_by_person ON perpetrator(person_id);

CREATE INDEX person_match_key_by_person ON person_match_key(person_id);

CREATE INDEX person_possible_duplicate_by_other ON person_possible_duplicate(other_id);

CREATE INDEX referral_by_agency ON referral(agency_id);

CREATE INDEX referral_by_date ON referral(referred_on);

CREATE INDEX referral_by_listing ON referral(listed_meeting_id)
    WHERE listed_meeting_id IS NOT NULL;

CREATE INDEX referral_by_previous ON referral(previous_referral_id);

CREATE INDEX referral_by_victim ON referral(victim_id, referred_on);

CREATE INDEX referral_unheard ON referral(area, referred_on) WHERE heard_on IS NULL;

CREATE INDEX representative_by_agency ON representative(agency_id);

CREATE INDEX risk_by_meeting ON risk(meeting_id);

CREATE INDEX risk_by_referral ON risk(referral_id);

CREATE INDEX sharing_basis_by_tag ON sharing_basis(tag, sharing_id);

CREATE INDEX sharing_by_agency ON sharing(agency_id);

CREATE INDEX sharing_by_date ON sharing(shared_on);

CREATE INDEX sharing_by_meeting ON sharing(meeting_id) WHERE meeting_id IS NOT NULL;

CREATE INDEX sharing_by_referral ON sharing(referral_id, shared_on);

CREATE INDEX sharing_by_subject ON sharing(subject, referral_id)
    WHERE subject <> 'victim';

CREATE INDEX sharing_recipient_by_agency ON sharing_recipient(agency_id);
