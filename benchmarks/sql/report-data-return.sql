-- marac report data-return --from {FROM} --to {TO}: the quarter's figures.
SELECT count(*) FROM meeting WHERE held_on >= '{FROM}' AND held_on <= '{TO}';
SELECT count(*), coalesce(sum(r.is_repeat), 0), coalesce(sum(r.children > 0), 0),
       coalesce(sum(r.children), 0)
FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN referral r ON r.id = i.referral_id
WHERE i.deferred = 0 AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}';
SELECT a.code, count(*)
FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN referral r ON r.id = i.referral_id
JOIN agency a ON a.id = r.agency_id
WHERE i.deferred = 0 AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}'
GROUP BY 1 ORDER BY 2 DESC, 1;
SELECT p.gender, count(*)
FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN referral r ON r.id = i.referral_id
JOIN person p ON p.id = r.victim_id
WHERE i.deferred = 0 AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}'
GROUP BY 1 ORDER BY 2 DESC, 1;
SELECT p.ethnicity, count(*)
FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN referral r ON r.id = i.referral_id
JOIN person p ON p.id = r.victim_id
WHERE i.deferred = 0 AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}'
GROUP BY 1 ORDER BY 2 DESC, 1;
SELECT p.disability, count(*)
FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN referral r ON r.id = i.referral_id
JOIN person p ON p.id = r.victim_id
WHERE i.deferred = 0 AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}'
GROUP BY 1 ORDER BY 2 DESC, 1;
SELECT p.sexual_orientation, count(*)
FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN referral r ON r.id = i.referral_id
JOIN person p ON p.id = r.victim_id
WHERE i.deferred = 0 AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}'
GROUP BY 1 ORDER BY 2 DESC, 1;
SELECT r.age_band, count(*)
FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN referral r ON r.id = i.referral_id
WHERE i.deferred = 0 AND m.held_on >= '{FROM}' AND m.held_on <= '{TO}'
GROUP BY 1 ORDER BY 2 DESC, 1;
