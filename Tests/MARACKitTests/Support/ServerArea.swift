import Foundation
import MARACTestSupport

@testable import MARACKit

/// A server database set up by `server init`, seeded through `psql` as the
/// owner with two agencies' cases, actions, sharing and DHR actions, and one login role per
/// role of the workbench: what the enforcement suites connect to as each role.
///
/// Every row another agency than POL owns carries `IDVA-ONLY` in its text, and every person's
/// name ends in `Canary`, so a leak shows up as a string in what a role reads.
final class ServerArea {
    let db: ServerDatabase
    /// Login roles, by workbench role; `rep` is POL's representative, `otherRep` IDVA's.
    let coordinator, chair, rep, otherRep, dhrChair, auditor, outsider: String

    /// The names planted in `person`; none may reach an agency representative.
    static let canaries = [
        "Zebedee Canary", "Quentin Canary", "Percival Canary", "Tabitha Canary", "Percy Canary",
        "Canary Primary",
    ]

    init() throws {
        db = try ServerDatabase()
        _ = try Workbench.initialiseServer(uri: db.uri())
        try db.query(Self.seed)
        coordinator = try db.createLogin("coord")
        chair = try db.createLogin("chair")
        rep = try db.createLogin("rep_pol")
        otherRep = try db.createLogin("rep_idva")
        dhrChair = try db.createLogin("dhr")
        auditor = try db.createLogin("aud")
        outsider = try db.createLogin("outsider")
        try db.query(
            """
            SELECT marac_set_user('\(coordinator)', 'coordinator', NULL, 't');
            SELECT marac_set_user('\(chair)', 'chair', NULL, 't');
            SELECT marac_set_user('\(rep)', 'agency-rep', 'POL', 't');
            SELECT marac_set_user('\(otherRep)', 'agency-rep', 'IDVA', 't');
            SELECT marac_set_user('\(dhrChair)', 'dhr-chair', NULL, 't');
            SELECT marac_set_user('\(auditor)', 'auditor', NULL, 't');
            """)
        for user in [coordinator, rep, otherRep] { try db.query(Self.appendAudit, as: user) }
    }

    /// Every login role of the workbench, by role.
    var users: [(role: Role, login: String)] {
        [
            (.coordinator, coordinator), (.chair, chair), (.agencyRep, rep),
            (.dhrChair, dhrChair), (.auditor, auditor),
        ]
    }

    /// One audit entry appended the way the workbench does: the head locked and read, the
    /// entry linked to it and hashed, as the connected user.
    static let appendAudit = """
        BEGIN;
        SELECT marac_audit_tail() AS tail \\gset
        INSERT INTO audit_log(at, "user", command, entity, entity_id, summary, previous_hash, hash)
        SELECT '2026-11-25T10:00:00Z', session_user, 'test', 'case', '1', 'appended', :'tail',
            encode(sha256(convert_to(concat_ws(chr(31), :'tail', '2026-11-25T10:00:00Z',
                session_user::text, 'test', 'case', '1', 'appended'), 'UTF8')), 'hex');
        COMMIT;
        """

    /// Two agencies' worth of records: POL's case C-000001 and IDVA's C-000002, each with a
    /// risk, an action and its update, a sharing record, a DHR review with an action, and its
    /// frozen extract of the meeting's minutes.
    static let seed = """
        INSERT INTO agency(code, name, sector, created_at, created_by) VALUES
            ('POL', 'Police', 'police', 't', 'o'), ('IDVA', 'IDVA service', 'voluntary', 't', 'o'),
            ('HOUSING', 'Housing', 'housing', 't', 'o');
        INSERT INTO person(name, date_of_birth, match_key, created_at) VALUES
            ('Zebedee Canary', '1990-01-01', 'k1', 't'), ('Quentin Canary', '1985-02-02', 'k2', 't'),
            ('Percival Canary', '1980-03-03', 'k3', 't');
        INSERT INTO referral(reference, victim_id, agency_id, area, referred_on, criteria,
                             is_repeat, override_reason, created_at, created_by) VALUES
            ('C-000001', 1, 1, 'A', '2026-01-01', 'dash', 0, NULL, 't', 'o'),
            ('C-000002', 2, 2, 'A', '2026-01-02', 'dash', 0, 'IDVA-ONLY', 't', 'o');
        INSERT INTO perpetrator(referral_id, person_id, position, relationship, created_at,
                                created_by) VALUES (1, 3, 1, 'partner', 't', 'o');
        INSERT INTO person_alias(person_id, alias, created_at, created_by)
            VALUES (3, 'Percy Canary', 't', 'o');
        INSERT INTO child(referral_id, position, name, date_of_birth, relationship_to_victim,
                          relationship_to_perpetrator, lives_with, school, created_at, created_by)
            VALUES (1, 1, 'Tabitha Canary', '2019-05-05', 'child', 'child', 'victim',
                    'Canary Primary', 't', 'o'),
                   (2, 1, 'IDVA-ONLY child', '2018-05-05', 'child', 'none', 'victim', NULL, 't', 'o');
        INSERT INTO meeting(area, held_on, created_at, created_by) VALUES ('A', '2026-02-01', 't', 'o');
        INSERT INTO agenda_item VALUES (1, 1, 1, 'other', 0), (1, 2, 2, 'other', 0);
        INSERT INTO risk(referral_id, text, created_at, created_by) VALUES
            (1, 'risk one', 't', 'o'), (2, 'IDVA-ONLY risk', 't', 'o');
        INSERT INTO action(referral_id, agency_id, text, due_on, created_at, created_by) VALUES
            (1, 1, 'police action', '2026-03-01', 't', 'o'),
            (2, 2, 'IDVA-ONLY action', '2026-03-01', 't', 'o');
        INSERT INTO action_update(action_id, at, by, note) VALUES
            (1, 't', 'o', 'pol note'), (2, 't', 'o', 'IDVA-ONLY note');
        INSERT INTO sharing(kind, referral_id, agency_id, shared_on, summary, categories, consent,
                            rationale, recorded_at, recorded_by) VALUES
            ('shared', 1, 1, '2026-01-05', 'pol shared', 'x', 'given', 'r', 't', 'o'),
            ('shared', 2, 2, '2026-01-05', 'IDVA-ONLY shared', 'x', 'given', 'r', 't', 'o');
        INSERT INTO sharing_recipient VALUES (1, 1, 2), (2, 1, NULL);
        INSERT INTO sharing_basis VALUES (1, 1, 'tag'), (2, 1, 'IDVA-ONLY');
        INSERT INTO dhr_review(pseudonym, csp, created_at, created_by) VALUES
            ('Adult A', 'CSP', 't', 'o'), ('IDVA-ONLY Adult B', 'CSP', 't', 'o');
        INSERT INTO dhr_recommendation(review_id, number, text, scope, created_at, created_by)
            VALUES (1, 1, 'rec', 'local', 't', 'o'), (2, 1, 'IDVA-ONLY rec', 'local', 't', 'o');
        INSERT INTO dhr_status_change(review_id, from_status, to_status, effective_on, at, by)
            VALUES (2, 'commissioned', 'in-progress', 'd', 't', 'IDVA-ONLY');
        INSERT INTO dhr_action(review_id, recommendation_id, agency_id, text, target_on,
                               created_on, last_activity_on, created_at, created_by) VALUES
            (1, 1, 1, 'pol dhr', '2026-06-01', 'd', 'd', 't', 'o'),
            (2, 2, 2, 'IDVA-ONLY dhr', '2026-06-01', 'd', 'd', 't', 'o');
        INSERT INTO dhr_action_update(action_id, effective_on, at, by, note) VALUES
            (1, 'd', 't', 'o', 'pol dhr note'), (2, 'd', 't', 'o', 'IDVA-ONLY dhr note');
        INSERT INTO dhr_review_case VALUES (2, 2, 't', 'IDVA-ONLY');
        INSERT INTO minutes_extract_snapshot VALUES (1, 1, 'pol extract'), (1, 2, 'IDVA-ONLY extract');
        INSERT INTO idva_allocation(referral_id, agency_id, worker, allocated_on, recorded_at,
                                    recorded_by) VALUES (2, 2, 'IDVA-ONLY worker', 'd', 't', 'o');
        INSERT INTO case_transfer(referral_id, direction, area, other_marac, transferred_on,
                                  reason, recorded_at, recorded_by) VALUES
            (1, 'in', 'A', 'B', '2026-01-01', 'moved', 't', 'o'),
            (2, 'in', 'A', 'B', '2026-01-02', 'IDVA-ONLY reason', 't', 'o');
        """
}
