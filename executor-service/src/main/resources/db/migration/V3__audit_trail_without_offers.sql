-- Bids are sealed until their deadline, for program officers too (issue 10, item 8), and the audit trail officers read
-- must not copy them: earlier 'bid-submitted' and 'bid-revised' entries held the whole offer (price, technical proposal,
-- consortium). They keep what the service records now: who bid on which tender and round. A bid's round never changes.
UPDATE audit_entry AS entry
SET details = jsonb_build_object('tenderId', bid.tender_id::text, 'round', bid.round,
                                 'bidderOrganizationId', bid.bidder_organization_id)
FROM bid
WHERE entry.target_type = 'bid'
  AND entry.target_id = bid.id::text
  AND entry.action IN ('bid-submitted', 'bid-revised');
