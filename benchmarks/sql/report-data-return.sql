-- marac report data-return --from {FROM} --to {TO}: the statements marac runs for the command
-- (traced, see README.md), the indicators' values from the embedded data-return policy.
SELECT id, held_on, area FROM meeting
WHERE closed_at IS NOT NULL AND held_on >= '{FROM}' AND held_on <= '{TO}'
  AND ('' = '' OR area = '')
ORDER BY held_on, id;
SELECT h.meeting_id, count(*), sum(r.is_repeat),
       sum(CASE WHEN h.children > 0 THEN 1 ELSE 0 END), sum(h.children),
       sum(CASE WHEN a.sector = 'police' THEN 1 ELSE 0 END),
       sum(CASE WHEN lower(p.ethnicity) <> 'not recorded' AND lower(p.ethnicity) NOT IN ('white', 'white british', 'white english', 'white welsh', 'white scottish', 'white northern irish', 'white irish', 'white other', 'white - british', 'white - irish', 'white - other', 'prefer not to say') THEN 1 ELSE 0 END), sum(CASE WHEN lower(p.sexual_orientation) IN ('lesbian', 'gay', 'bisexual', 'lesbian, gay or bisexual', 'lgb', 'lgbt', 'lgbt+', 'trans', 'transgender', 'queer', 'pansexual') THEN 1 ELSE 0 END), sum(CASE WHEN lower(p.disability) IN ('yes', 'disabled') THEN 1 ELSE 0 END), sum(CASE WHEN lower(p.gender) IN ('male', 'man', 'm', 'trans man') THEN 1 ELSE 0 END),
       sum(CASE WHEN r.age_band = '16-17' THEN 1 ELSE 0 END),
       sum((SELECT count(*) FROM perpetrator x JOIN person q ON q.id = x.person_id
            WHERE x.referral_id = r.id
              AND (CAST(replace(q.date_of_birth, '-', '') AS integer) + 180000
                       > CAST(replace(r.referred_on, '-', '') AS integer)
                   OR (q.date_of_birth IS NULL AND x.age <= 17)))),
       sum(CASE WHEN i.referral_id IS NOT NULL THEN 1 ELSE 0 END),
       sum(CASE WHEN i.engagement = 'engaged' THEN 1 ELSE 0 END),
       sum(CASE WHEN i.engagement = 'not-engaged' THEN 1 ELSE 0 END),
       sum(CASE WHEN i.engagement = 'declined' THEN 1 ELSE 0 END),
       sum(CASE WHEN EXISTS (SELECT 1 FROM case_transfer t
                             WHERE t.referral_id = r.id AND t.direction = 'in')
                THEN 1 ELSE 0 END) FROM (SELECT i.meeting_id,
              max(CASE WHEN i.heard_with IS NULL THEN i.referral_id END) AS referral_id,
              max(v.children) AS children
       FROM meeting m
       JOIN agenda_item i ON i.meeting_id = m.id
       JOIN referral v ON v.id = i.referral_id
       WHERE i.deferred = 0 AND m.closed_at IS NOT NULL
         AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}' AND ('' = '' OR m.area = '')
       GROUP BY i.meeting_id, v.victim_id) h
JOIN referral r ON r.id = h.referral_id JOIN agency a ON a.id = r.agency_id
JOIN person p ON p.id = r.victim_id
LEFT JOIN idva_allocation i ON i.referral_id = r.id GROUP BY h.meeting_id;
SELECT h.meeting_id, a.code, count(*)  FROM (SELECT i.meeting_id,
              max(CASE WHEN i.heard_with IS NULL THEN i.referral_id END) AS referral_id,
              max(v.children) AS children
       FROM meeting m
       JOIN agenda_item i ON i.meeting_id = m.id
       JOIN referral v ON v.id = i.referral_id
       WHERE i.deferred = 0 AND m.closed_at IS NOT NULL
         AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}' AND ('' = '' OR m.area = '')
       GROUP BY i.meeting_id, v.victim_id) h
JOIN referral r ON r.id = h.referral_id JOIN agency a ON a.id = r.agency_id GROUP BY h.meeting_id, a.code ORDER BY h.meeting_id, 3 DESC, a.code;
SELECT direction, count(*) FROM case_transfer
WHERE transferred_on >= '{FROM}' AND transferred_on <= '{TO}' AND ('' = '' OR area = '')
GROUP BY direction;
SELECT p.gender, count(*)  FROM (SELECT i.meeting_id,
              max(CASE WHEN i.heard_with IS NULL THEN i.referral_id END) AS referral_id,
              max(v.children) AS children
       FROM meeting m
       JOIN agenda_item i ON i.meeting_id = m.id
       JOIN referral v ON v.id = i.referral_id
       WHERE i.deferred = 0 AND m.closed_at IS NOT NULL
         AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}' AND ('' = '' OR m.area = '')
       GROUP BY i.meeting_id, v.victim_id) h
JOIN referral r ON r.id = h.referral_id JOIN person p ON p.id = r.victim_id GROUP BY 1 ORDER BY 2 DESC, 1;
SELECT p.ethnicity, count(*)  FROM (SELECT i.meeting_id,
              max(CASE WHEN i.heard_with IS NULL THEN i.referral_id END) AS referral_id,
              max(v.children) AS children
       FROM meeting m
       JOIN agenda_item i ON i.meeting_id = m.id
       JOIN referral v ON v.id = i.referral_id
       WHERE i.deferred = 0 AND m.closed_at IS NOT NULL
         AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}' AND ('' = '' OR m.area = '')
       GROUP BY i.meeting_id, v.victim_id) h
JOIN referral r ON r.id = h.referral_id JOIN person p ON p.id = r.victim_id GROUP BY 1 ORDER BY 2 DESC, 1;
SELECT p.disability, count(*)  FROM (SELECT i.meeting_id,
              max(CASE WHEN i.heard_with IS NULL THEN i.referral_id END) AS referral_id,
              max(v.children) AS children
       FROM meeting m
       JOIN agenda_item i ON i.meeting_id = m.id
       JOIN referral v ON v.id = i.referral_id
       WHERE i.deferred = 0 AND m.closed_at IS NOT NULL
         AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}' AND ('' = '' OR m.area = '')
       GROUP BY i.meeting_id, v.victim_id) h
JOIN referral r ON r.id = h.referral_id JOIN person p ON p.id = r.victim_id GROUP BY 1 ORDER BY 2 DESC, 1;
SELECT p.sexual_orientation, count(*)  FROM (SELECT i.meeting_id,
              max(CASE WHEN i.heard_with IS NULL THEN i.referral_id END) AS referral_id,
              max(v.children) AS children
       FROM meeting m
       JOIN agenda_item i ON i.meeting_id = m.id
       JOIN referral v ON v.id = i.referral_id
       WHERE i.deferred = 0 AND m.closed_at IS NOT NULL
         AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}' AND ('' = '' OR m.area = '')
       GROUP BY i.meeting_id, v.victim_id) h
JOIN referral r ON r.id = h.referral_id JOIN person p ON p.id = r.victim_id GROUP BY 1 ORDER BY 2 DESC, 1;
SELECT r.age_band, count(*)  FROM (SELECT i.meeting_id,
              max(CASE WHEN i.heard_with IS NULL THEN i.referral_id END) AS referral_id,
              max(v.children) AS children
       FROM meeting m
       JOIN agenda_item i ON i.meeting_id = m.id
       JOIN referral v ON v.id = i.referral_id
       WHERE i.deferred = 0 AND m.closed_at IS NOT NULL
         AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}' AND ('' = '' OR m.area = '')
       GROUP BY i.meeting_id, v.victim_id) h
JOIN referral r ON r.id = h.referral_id  GROUP BY 1 ORDER BY 2 DESC, 1;
