-- marac case show {REF}: the referral, the victim's other referrals, risks, actions.
SELECT r.id, r.reference, a.code, r.area, r.referred_on, r.dash_score, r.visible_high_risk,
       r.callouts, r.children, r.criteria, r.override_reason, r.is_repeat, p.reference,
       r.age_band, r.listed_meeting_id, r.heard_on
FROM referral r
JOIN agency a ON a.id = r.agency_id
LEFT JOIN referral p ON p.id = r.previous_referral_id
WHERE r.reference = '{REF}';
SELECT o.reference, o.referred_on FROM referral r
JOIN referral o ON o.victim_id = r.victim_id AND o.id <> r.id
WHERE r.id = {REF_ID} ORDER BY o.referred_on, o.id;
SELECT k.id, r.reference, k.meeting_id, k.text FROM risk k
JOIN referral r ON r.id = k.referral_id WHERE k.referral_id = {REF_ID} ORDER BY k.id;
SELECT t.id, r.reference, t.meeting_id, a.code, t.owner, t.text, t.due_on, t.status,
       t.completed_on, t.version
FROM action t
JOIN referral r ON r.id = t.referral_id
JOIN agency a ON a.id = t.agency_id
WHERE 1 AND t.referral_id = (SELECT id FROM referral WHERE reference = '{REF}')
ORDER BY t.due_on, t.id LIMIT 500;
