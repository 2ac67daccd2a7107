-- marac case list --unheard: cases waiting for a meeting, by area, oldest first.
SELECT r.id, r.reference, a.code, r.area, r.referred_on, r.dash_score, r.visible_high_risk,
       r.callouts, r.children, r.criteria, r.override_reason, r.is_repeat, p.reference,
       r.age_band, r.listed_meeting_id, r.heard_on
FROM referral r
JOIN agency a ON a.id = r.agency_id
LEFT JOIN referral p ON p.id = r.previous_referral_id
WHERE r.heard_on IS NULL AND (0 = 0 OR r.is_repeat = 1)
ORDER BY r.area, r.referred_on LIMIT 500;
