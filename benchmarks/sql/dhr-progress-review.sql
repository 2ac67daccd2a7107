-- marac report dhr-progress --review R: one review's actions with their recommendation and lead
-- agency, and their status history (what a DHR chair runs daily).
SELECT id, pseudonym, status FROM dhr_review WHERE id = substr('{REVIEW}', 2);
SELECT t.id, t.review_id, c.number, c.scope, t.text, a.code, t.owner, t.measure,
       t.milestones, t.target_on, t.status, t.completed_on, t.outcome, t.signed_off_on,
       t.signed_off_by, t.created_on, t.last_activity_on, t.has_evidence, t.version
FROM dhr_action t
JOIN dhr_recommendation c ON c.id = t.recommendation_id
JOIN agency a ON a.id = t.agency_id
WHERE t.review_id = substr('{REVIEW}', 2)
ORDER BY t.review_id, c.number, t.id;
SELECT u.action_id, u.effective_on, u.status
FROM dhr_action_update u JOIN dhr_action t ON t.id = u.action_id
WHERE u.status IS NOT NULL AND t.review_id = substr('{REVIEW}', 2)
ORDER BY u.action_id, u.effective_on, u.id;
