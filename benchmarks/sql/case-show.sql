-- marac case show {REF}: the statements marac runs for the command (traced, see README.md),
-- after opening the database and looking up the user (marac reads the referral's repeat chain
-- twice, by primary key; the floor once).
SELECT r.id, r.reference, a.code, r.area, r.referred_on, r.dash_score, r.visible_high_risk,
       r.callouts, r.children, r.criteria, r.override_reason, r.is_repeat, p.reference,
       r.age_band, r.listed_meeting_id, r.heard_on
FROM referral r
JOIN agency a ON a.id = r.agency_id
LEFT JOIN referral p ON p.id = r.previous_referral_id WHERE r.reference = '{REF}';
SELECT o.reference, o.referred_on FROM referral r
JOIN referral o ON o.victim_id = r.victim_id AND o.id <> r.id
WHERE r.id = {REF_ID} ORDER BY o.referred_on, o.id;
SELECT k.id, r.reference, k.meeting_id, k.text FROM risk k
JOIN referral r ON r.id = k.referral_id WHERE k.referral_id = {REF_ID} ORDER BY k.id;
SELECT t.id, r.reference, t.meeting_id, a.code, t.owner, t.text, t.due_on, t.status,
       t.completed_on, t.version
FROM action t
JOIN referral r ON r.id = t.referral_id
JOIN agency a ON a.id = t.agency_id WHERE 1 = 1 AND t.referral_id = (SELECT id FROM referral WHERE reference = '{REF}') ORDER BY t.due_on, t.id LIMIT 500;
SELECT r.reference, t.direction, t.area, t.other_marac, t.transferred_on, t.reason,
       t.their_reference
FROM case_transfer t JOIN referral r ON r.id = t.referral_id
WHERE t.referral_id = {REF_ID} ORDER BY t.transferred_on, t.id;
SELECT r.reference, a.code, a.name, i.worker, i.allocated_on, i.engagement,
       i.engagement_on, i.agency_id
FROM idva_allocation i
JOIN referral r ON r.id = i.referral_id
JOIN agency a ON a.id = i.agency_id WHERE i.referral_id = {REF_ID};
SELECT history FROM case_transfer
WHERE referral_id = {REF_ID} AND direction = 'in' AND history IS NOT NULL
ORDER BY id DESC LIMIT 1;
SELECT id, victim_id, referred_on, area, criteria, previous_referral_id
FROM referral WHERE id = {REF_ID};
SELECT p.position, p.person_id, s.name, s.gender, s.date_of_birth, p.age, p.relationship
FROM perpetrator p JOIN person s ON s.id = p.person_id
WHERE p.referral_id = {REF_ID} ORDER BY p.position;
SELECT position, name, school, date_of_birth, relationship_to_victim,
       relationship_to_perpetrator, lives_with
FROM child WHERE referral_id = {REF_ID} ORDER BY position;
SELECT o.reference FROM referral r
JOIN perpetrator p ON p.person_id = r.victim_id
JOIN referral o ON o.id = p.referral_id
WHERE r.id = {REF_ID} ORDER BY o.referred_on, o.id;
