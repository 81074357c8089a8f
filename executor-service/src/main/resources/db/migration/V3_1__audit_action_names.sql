-- Audit actions are named <thing>.<what_happened> in every service (see the platform's AuditTrail); earlier entries
-- of this service were hyphenated.
UPDATE audit_entry SET action = CASE action
    WHEN 'tender-opened' THEN 'tender.opened'
    WHEN 'tender-reopened' THEN 'tender.reopened'
    WHEN 'tender-awarded' THEN 'tender.awarded'
    WHEN 'tender-drafted' THEN 'tender.drafted'
    WHEN 'bid-submitted' THEN 'bid.submitted'
    WHEN 'bid-revised' THEN 'bid.revised'
    WHEN 'bid-scored' THEN 'bid.scored'
    WHEN 'conflict-declared' THEN 'conflict.declared'
    WHEN 'committee-member-added' THEN 'committee.member_added'
    WHEN 'committee-member-removed' THEN 'committee.member_removed'
    WHEN 'project-registered' THEN 'project.registered'
    WHEN 'project-revoked-after-commencement' THEN 'project.revoked_after_commencement'
    WHEN 'project-cancelled' THEN 'project.cancelled'
    WHEN 'executor-appointed' THEN 'executor.appointed'
    WHEN 'project-scheduled' THEN 'project.scheduled'
    WHEN 'project-commenced' THEN 'project.commenced'
    ELSE action END
WHERE action LIKE '%-%';
