-- Audit actions are named <thing>.<what_happened> in every service (see the platform's AuditTrail); earlier entries
-- of this service were named in upper case.
UPDATE audit_entry SET action = CASE action
    WHEN 'SCORE_SHEET_CORRECTED' THEN 'score_sheet.corrected'
    WHEN 'SCORE_SHEET_FILED' THEN 'score_sheet.filed'
    WHEN 'RESULT_PUBLISHED' THEN 'result.published'
    WHEN 'SELECTION_REVOKED' THEN 'selection.revoked'
    WHEN 'RESERVE_PROMOTED' THEN 'reserve.promoted'
    WHEN 'CALL_OPENED' THEN 'call.opened'
    WHEN 'CALL_CLOSED' THEN 'call.closed'
    WHEN 'EVALUATOR_UNASSIGNED' THEN 'evaluator.unassigned'
    WHEN 'EVALUATOR_ASSIGNED' THEN 'evaluator.assigned'
    WHEN 'CONFLICTS_DECLARED' THEN 'conflicts.declared'
    WHEN 'ASSIGNMENT_SUSPENDED' THEN 'assignment.suspended'
    WHEN 'APPLICATION_SUBMITTED' THEN 'application.submitted'
    WHEN 'APPLICATION_WITHDRAWN' THEN 'application.withdrawn'
    WHEN 'SCREENED_IN' THEN 'application.screened_in'
    WHEN 'SCREENED_OUT' THEN 'application.screened_out'
    ELSE action END
WHERE action !~ '^[a-z_]+\.[a-z_]+$';
