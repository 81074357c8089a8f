\set n random(1, :drafts)
\set k random(1, 1000000000)
BEGIN;
INSERT INTO idempotency_record (scope, idempotency_key, request_hash, response_status, created_at)
  VALUES ('org-pgbench-' || CAST(:n AS text) || ':' || 'submit-application', 'key-' || CAST(:k AS text) || '-' || CAST(:client_id AS text), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 0, now())
  ON CONFLICT (scope, idempotency_key) DO NOTHING;
select a1_0.id,a1_0.applicant_country,a1_0.applicant_kind,a1_0.applicant_name,a1_0.call_id,a1_0.city,a1_0.contact_email,a1_0.contact_name,a1_0.contact_phone,a1_0.created_at,a1_0.organization_id,a1_0.partner_country,a1_0.partner_kind,a1_0.partner_name,a1_0.region,a1_0.requested_support,a1_0.screened_at,a1_0.screening_reason,a1_0.site_country,a1_0.status,a1_0.submitted_at,a1_0.summary,a1_0.title,a1_0.track,a1_0.updated_at,a1_0.version,a1_0.withdrawn_at from application a1_0 where a1_0.id='pgbench-draft-' || CAST(:n AS text) for no key update of a1_0;
select c1_0.id,c1_0.closed_at,c1_0.closed_by,c1_0.closes_at,c1_0.created_at,c1_0.criteria,c1_0.envelope,c1_0.evaluations_per_application,c1_0.one_per_country,c1_0.opened_at,c1_0.opens_at,c1_0.passing_score,c1_0.region_groups,c1_0.result_published_at,c1_0.status,c1_0.title,c1_0.tracks,c1_0.version,c1_0.year from program_call c1_0 where c1_0.id=:call for share of c1_0;
select 1 from application a1_0 where a1_0.call_id=:call and a1_0.track='URBAN_DEVELOPMENT' and a1_0.organization_id='org-pgbench-' || CAST(:n AS text) and a1_0.id<>'pgbench-draft-' || CAST(:n AS text) and a1_0.status in ('SUBMITTED','SCREENED_IN','SCREENED_OUT','SCREENED_OUT') fetch first 1 rows only;
insert into outbox_event (id,occurred_at,payload,published_at,subject,topic,type)
  values (gen_random_uuid(),now(),'{"applicationId": "x","callId": "y","track": "URBAN_DEVELOPMENT","siteCountry": "VN","region": "ASEAN","city": "Da Nang","title": "Smart city master plan","summary": "A master plan for a smart new town.","applicant": {"organizationId": "org","name": "Da Nang People''s Committee","kind": "LOCAL_GOVERNMENT"},"partner": null,"requestedSupport": 500000000,"submittedAt": "2026-11-26T12:00:00Z"}'::jsonb,now(),'pgbench-draft-' || CAST(:n AS text),'kcity.applications','kcity.application.submitted.v1')
  RETURNING *;
insert into audit_entry (action,actor,details,occurred_at,target_id,target_type)
  values ('application.submitted','applicant-' || CAST(:n AS text),NULL,now(),'pgbench-draft-' || CAST(:n AS text),'application')
  RETURNING *;
update application set applicant_country='VN',applicant_kind='LOCAL_GOVERNMENT',applicant_name='Da Nang People''s Committee',call_id=:call,city='Da Nang',contact_email='a@danang.gov.vn',contact_name='Nguyen Van A',contact_phone=NULL,created_at=now(),organization_id='org-pgbench-' || CAST(:n AS text),partner_country=NULL,partner_kind=NULL,partner_name=NULL,region='ASEAN',requested_support=500000000,screened_at=NULL,screening_reason=NULL,site_country='VN',status='SUBMITTED',submitted_at=now(),summary='A master plan for a smart new town.',title='Smart city master plan',track='URBAN_DEVELOPMENT',updated_at=now(),version=version + 1,withdrawn_at=NULL
  where id='pgbench-draft-' || CAST(:n AS text);
UPDATE idempotency_record SET response_status = 200, response_body = repeat('x', 900), response_location = NULL
  WHERE scope = 'org-pgbench-' || CAST(:n AS text) || ':' || 'submit-application' AND idempotency_key = 'key-' || CAST(:k AS text) || '-' || CAST(:client_id AS text);
COMMIT;
