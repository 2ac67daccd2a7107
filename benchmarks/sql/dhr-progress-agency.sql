-- marac report dhr-progress --agency X: one lead agency's actions in every review, with their
-- recommendation, and their status history.
SELECT id FROM agency WHERE code = '{AGENCY}';
SELECT t.id, t.review_id, c.number, c.scope, t.text, a.code, t.owner, t.measure,
       t.milestones, t.target_on, t.status, t.completed_on, t.outcome, t.signed_off_on,
       t.signed_off_by, t.created_on, t.last_activity_on, t.has_evidence, t.version
FROM dhr_action t
JOIN dhr_recommendation c ON c.id = t.recommendation_id
JOIN agency a ON a.id = t.agency_id
WHERE t.agency_id = (SELECT id FROM agency WHERE code = '{AGENCY}')
ORDER BY t.review_id, c.number, t.id;
SELECT u.action_id, u.effective_on, u.status
FROM dhr_action_update u JOIN dhr_action t ON t.id = u.action_id
WHERE u.status IS NOT NULL AND t.agency_id = (SELECT id FROM agency WHERE code = '{AGENCY}')
ORDER BY u.action_id, u.effective_on, u.id;
