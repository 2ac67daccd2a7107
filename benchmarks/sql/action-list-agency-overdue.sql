-- marac action list --agency {AGENCY} --overdue: check the agency, then its overdue actions.
SELECT id FROM agency WHERE code = '{AGENCY}';
SELECT t.id, r.reference, t.meeting_id, a.code, t.owner, t.text, t.due_on, t.status,
       t.completed_on, t.version
FROM action t
JOIN referral r ON r.id = t.referral_id
JOIN agency a ON a.id = t.agency_id
WHERE t.status IN ('open', 'in-progress', 'blocked')
  AND t.due_on >= '0000-00-00' AND t.due_on <= '{YESTERDAY}'
  AND t.agency_id = (SELECT id FROM agency WHERE code = '{AGENCY}')
ORDER BY t.due_on, t.id LIMIT 500;
