\set n random(1, 1000000000)
BEGIN;
INSERT INTO idempotency_record (scope, idempotency_key, request_hash, response_status, created_at)
  VALUES ('org-' || CAST(:n AS text) || ':' || 'create-application', 'key-' || CAST(:n AS text) || '-' || CAST(:client_id AS text), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 0, now())
  ON CONFLICT (scope, idempotency_key) DO NOTHING;
select c1_0.status from program_call c1_0 where c1_0.id=:call;
insert into application (applicant_country,applicant_kind,applicant_name,call_id,city,contact_email,contact_name,contact_phone,created_at,organization_id,partner_country,partner_kind,partner_name,region,requested_support,screened_at,screening_reason,site_country,status,submitted_at,summary,title,track,updated_at,version,withdrawn_at,id)
  values ('VN','LOCAL_GOVERNMENT','Da Nang People''s Committee',:call,'Da Nang','a@danang.gov.vn','Nguyen Van A',NULL,now(),'org-' || CAST(:n AS text),NULL,NULL,NULL,NULL,500000000,NULL,NULL,'VN','DRAFT',NULL,'A master plan for a smart new town.','Smart city master plan','URBAN_DEVELOPMENT',now(),0,NULL,gen_random_uuid()::text);
insert into audit_entry (action,actor,details,occurred_at,target_id,target_type)
  values ('application.created','applicant-' || CAST(:n AS text),'{"callId": "x","track": "URBAN_DEVELOPMENT","siteCountry": "VN","city": "Da Nang","title": "Smart city master plan","summary": "A master plan for a smart new town.","applicant": {"name": "Da Nang People''s Committee","kind": "LOCAL_GOVERNMENT","country": "VN"},"partner": null,"requestedSupport": 500000000,"contact": {"name": "Nguyen Van A","email": "a@danang.gov.vn","phone": null}}'::jsonb,now(),'app-' || CAST(:n AS text),'application')
  RETURNING *;
UPDATE idempotency_record SET response_status = 201, response_body = repeat('x', 900), response_location = '/api/v1/applications/app-' || CAST(:n AS text)
  WHERE scope = 'org-' || CAST(:n AS text) || ':' || 'create-application' AND idempotency_key = 'key-' || CAST(:n AS text) || '-' || CAST(:client_id AS text);
COMMIT;
