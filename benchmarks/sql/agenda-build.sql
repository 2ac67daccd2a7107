-- marac agenda build {MEETING}: return the agenda to the waiting list, list the oldest waiting
-- cases of the area (children first), record it, and read the meeting back. The same writes,
-- set-based; the audit entry linked to the chain's head (schema 8 refuses any other), with a
-- random hash instead of the SHA-256.
BEGIN IMMEDIATE;
SELECT id, area, held_on, starts_at, chair, capacity, opened_at, opened_by, closed_at
FROM meeting WHERE id = {MEETING};
UPDATE referral SET listed_meeting_id = NULL WHERE listed_meeting_id = {MEETING};
DELETE FROM agenda_item WHERE meeting_id = {MEETING};
SELECT r.reference FROM agenda_item i JOIN referral r ON r.id = i.referral_id
WHERE i.meeting_id = {MEETING} AND i.deferred = 1 ORDER BY r.reference;
INSERT INTO agenda_item(meeting_id, referral_id, position, section)
SELECT {MEETING}, id, row_number() OVER (ORDER BY children = 0, referred_on, id),
       CASE WHEN children > 0 THEN 'children' ELSE 'other' END
FROM (SELECT id, referred_on, children FROM referral
      WHERE heard_on IS NULL AND area = '{MEETING_AREA}' AND referred_on <= '{MEETING_DATE}'
        AND listed_meeting_id IS NULL
      ORDER BY referred_on, id LIMIT {CAPACITY}) AS waiting;
UPDATE referral SET listed_meeting_id = {MEETING}
WHERE id IN (SELECT referral_id FROM agenda_item WHERE meeting_id = {MEETING});
SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1;
INSERT INTO audit_log(at, user, command, entity, entity_id, summary, previous_hash, hash)
VALUES ('2026-11-25T10:00:00Z', 'bench', 'agenda build (sqlite3 floor)', 'meeting', '{MEETING}',
        'agenda built', (SELECT hash FROM audit_head), lower(hex(randomblob(32))));
SELECT a.code, a.name, t.status, t.representative
FROM attendance t JOIN agency a ON a.id = t.agency_id
WHERE t.meeting_id = {MEETING} ORDER BY a.code;
SELECT i.position, r.reference, i.section, a.code, r.referred_on, r.is_repeat, r.children
FROM agenda_item i
JOIN referral r ON r.id = i.referral_id
JOIN agency a ON a.id = r.agency_id
WHERE i.meeting_id = {MEETING} AND i.deferred = 0
ORDER BY i.position;
SELECT t.id, r.reference, t.meeting_id, a.code, t.owner, t.text, t.due_on, t.status,
       t.completed_on, t.version
FROM action t
JOIN referral r ON r.id = t.referral_id
JOIN agency a ON a.id = t.agency_id
JOIN meeting m ON m.id = t.meeting_id
WHERE t.status IN ('open', 'in-progress', 'blocked') AND m.area = '{MEETING_AREA}'
  AND m.held_on < '{MEETING_DATE}'
ORDER BY t.due_on, t.id;
COMMIT;
