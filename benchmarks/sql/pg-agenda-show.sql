-- marac agenda show {MEETING} on a server: the statements marac sends (read from the server's
-- log at 1M referrals), set-based where marac repeats one per row (the per-case look-ups of the
-- lapsed cases become one join). {AREA} and {DATE} are the meeting's area and date.
SELECT id, area, held_on, starts_at, chair, capacity, opened_at, opened_by, closed_at,
       venue, minute_taker, next_meeting_on
FROM meeting WHERE id = {MEETING};
SELECT r.reference FROM agenda_item i JOIN referral r ON r.id = i.referral_id
WHERE i.meeting_id = {MEETING} AND i.deferred = 1 ORDER BY r.reference;
SELECT id, referred_on, children, victim_id FROM referral
WHERE heard_on IS NULL AND area = '{AREA}' AND referred_on <= '{DATE}' AND listed_meeting_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM case_transfer t
      WHERE t.referral_id = referral.id AND t.direction = 'out' AND t.area = referral.area)
ORDER BY referred_on, id LIMIT 200;
SELECT a.name, (SELECT count(*) FROM referral r
                WHERE r.area = a.name AND r.heard_on IS NULL AND r.referred_on <= '{DATE}'
                  AND r.listed_meeting_id IS NULL)
FROM area a WHERE a.name <> '{AREA}' ORDER BY a.id;
SELECT a.code, a.name, t.status, t.representative, t.deputy
FROM attendance t JOIN agency a ON a.id = t.agency_id
WHERE t.meeting_id = {MEETING} ORDER BY a.code;
SELECT i.heard_with, r.reference, r.children FROM agenda_item i
JOIN referral r ON r.id = i.referral_id
WHERE i.meeting_id = {MEETING} AND i.deferred = 0 AND i.heard_with IS NOT NULL
ORDER BY r.referred_on, r.id;
SELECT i.position, r.reference, i.section, a.code, r.referred_on, r.is_repeat, r.children, r.id
FROM agenda_item i
JOIN referral r ON r.id = i.referral_id
JOIN agency a ON a.id = r.agency_id
WHERE i.meeting_id = {MEETING} AND i.deferred = 0 AND i.heard_with IS NULL
ORDER BY i.position;
SELECT t.id, r.reference, t.meeting_id, a.code, t.owner, t.text, t.due_on, t.status,
       t.completed_on, t.version
FROM action t
JOIN referral r ON r.id = t.referral_id
JOIN agency a ON a.id = t.agency_id JOIN meeting m ON m.id = t.meeting_id
WHERE t.status IN ('open', 'in-progress', 'blocked') AND m.area = '{AREA}' AND m.held_on < '{DATE}'
ORDER BY t.due_on, t.id;
SELECT max(held_on) FROM meeting WHERE area = '{AREA}' AND held_on < '{DATE}';
SELECT referral_id FROM agenda_item
WHERE meeting_id = {MEETING} AND deferred = 0 AND heard_with IS NULL ORDER BY position;
SELECT r.id, r.reference, a.code, r.area, r.referred_on, r.dash_score, r.visible_high_risk,
       r.callouts, r.children, r.criteria, r.override_reason, r.is_repeat, p.reference,
       r.age_band, r.listed_meeting_id, r.heard_on
FROM referral r
JOIN agency a ON a.id = r.agency_id
LEFT JOIN referral p ON p.id = r.previous_referral_id
WHERE r.area = '{AREA}' AND r.heard_on IS NOT NULL
  AND r.referred_on > (SELECT coalesce(max(held_on), '0000-01-01') FROM meeting
                       WHERE area = '{AREA}' AND held_on < '{DATE}')
  AND r.referred_on <= '{DATE}'
  AND NOT EXISTS (SELECT 1 FROM referral later
      WHERE later.victim_id = r.victim_id
        AND (later.referred_on > r.referred_on
             OR (later.referred_on = r.referred_on AND later.id > r.id)))
ORDER BY r.referred_on, r.id;
