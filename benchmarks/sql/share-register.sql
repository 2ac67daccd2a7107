-- marac share register --from {FROM} --to {TO}: counts by agency, tag and consent; declines;
-- the records shared without consent (the first 1,000, with their recipients and tags).
SELECT a.code, b.tag, s.consent, count(*)
FROM sharing s
JOIN sharing_basis b ON b.sharing_id = s.id
JOIN agency a ON a.id = s.agency_id
WHERE s.shared_on BETWEEN '{FROM}' AND '{TO}' AND s.kind = 'shared'
GROUP BY a.code, b.tag, s.consent
ORDER BY a.code, b.tag, s.consent;
SELECT a.code, s.consent, count(*)
FROM sharing s JOIN agency a ON a.id = s.agency_id
WHERE s.shared_on BETWEEN '{FROM}' AND '{TO}' AND s.kind = 'shared'
GROUP BY a.code, s.consent
ORDER BY a.code, s.consent;
SELECT a.code, count(*)
FROM sharing s JOIN agency a ON a.id = s.agency_id
WHERE s.shared_on BETWEEN '{FROM}' AND '{TO}' AND s.kind = 'declined'
GROUP BY a.code
ORDER BY a.code;
SELECT s.id, s.kind, r.reference, s.meeting_id, a.code, s.shared_on, s.summary,
       s.categories, s.consent, s.consent_reason, s.common_law, s.rationale, s.purpose,
       s.adult_at_risk, s.review_on, s.recorded_by, s.recorded_at,
       (SELECT group_concat(coalesce(ra.code, 'MARAC'), ',')
          FROM sharing_recipient sr LEFT JOIN agency ra ON ra.id = sr.agency_id
         WHERE sr.sharing_id = s.id),
       (SELECT group_concat(b.tag, ',') FROM sharing_basis b WHERE b.sharing_id = s.id)
FROM sharing s
JOIN referral r ON r.id = s.referral_id
JOIN agency a ON a.id = s.agency_id
WHERE s.shared_on BETWEEN '{FROM}' AND '{TO}' AND s.kind = 'shared'
  AND s.consent IN ('refused', 'not-sought')
ORDER BY s.shared_on, s.id LIMIT 1000;
