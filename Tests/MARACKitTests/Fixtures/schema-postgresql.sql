column action.id bigint null=NO 
column action.referral_id bigint null=NO 
column action.meeting_id bigint null=YES 
column action.agency_id bigint null=NO 
column action.owner text null=YES 
column action.text text null=NO 
column action.due_on text null=NO 
column action.status text null=NO 'open'::text
column action.completed_on text null=YES 
column action.version bigint null=NO 1
column action.created_at text null=NO 
column action.created_by text null=NO 
column action_update.id bigint null=NO 
column action_update.action_id bigint null=NO 
column action_update.at text null=NO 
column action_update.by text null=NO 
column action_update.status text null=YES 
column action_update.note text null=YES 
column action_update.evidence text null=YES 
column action_update.due_on text null=YES 
column agency.id bigint null=NO 
column agency.code text null=NO 
column agency.name text null=NO 
column agency.sector text null=NO 
column agency.public_authority bigint null=NO 0
column agency.competent_authority bigint null=NO 0
column agency.created_at text null=NO 
column agency.created_by text null=NO 
column agency.retired_on text null=YES 
column agenda_item.meeting_id bigint null=NO 
column agenda_item.referral_id bigint null=NO 
column agenda_item.position bigint null=YES 
column agenda_item.section text null=NO 
column agenda_item.deferred bigint null=NO 0
column agenda_item.heard_with bigint null=YES 
column app_user.id bigint null=NO 
column app_user.name text null=NO 
column app_user.role text null=NO 
column app_user.agency_id bigint null=YES 
column app_user.created_at text null=NO 
column app_user.created_by text null=NO 
column area.id bigint null=NO 
column area.name text null=NO 
column area.created_at text null=NO 
column area.created_by text null=NO 
column attendance.meeting_id bigint null=NO 
column attendance.agency_id bigint null=NO 
column attendance.status text null=NO 
column attendance.representative text null=YES 
column attendance.recorded_at text null=NO 
column attendance.recorded_by text null=NO 
column attendance.deputy bigint null=NO 0
column audit_head.id boolean null=NO true
column audit_head.entries bigint null=NO 
column audit_head.hash text null=NO 
column audit_log.id bigint null=NO 
column audit_log.at text null=NO 
column audit_log.user text null=NO 
column audit_log.command text null=NO 
column audit_log.entity text null=NO 
column audit_log.entity_id text null=NO 
column audit_log.summary text null=NO 
column audit_log.previous_hash text null=NO 
column audit_log.hash text null=NO 
column case_transfer.id bigint null=NO 
column case_transfer.referral_id bigint null=NO 
column case_transfer.direction text null=NO 
column case_transfer.area text null=NO 
column case_transfer.other_marac text null=NO 
column case_transfer.transferred_on text null=NO 
column case_transfer.reason text null=NO 
column case_transfer.their_reference text null=YES 
column case_transfer.history text null=YES 
column case_transfer.recorded_at text null=NO 
column case_transfer.recorded_by text null=NO 
column child.id bigint null=NO 
column child.referral_id bigint null=NO 
column child.position bigint null=NO 
column child.name text null=NO 
column child.date_of_birth text null=NO 
column child.relationship_to_victim text null=NO 
column child.relationship_to_perpetrator text null=NO 
column child.lives_with text null=NO 
column child.school text null=YES 
column child.created_at text null=NO 
column child.created_by text null=NO 
column dhr_action.id bigint null=NO 
column dhr_action.review_id bigint null=NO 
column dhr_action.recommendation_id bigint null=NO 
column dhr_action.agency_id bigint null=NO 
column dhr_action.text text null=NO 
column dhr_action.owner text null=YES 
column dhr_action.measure text null=YES 
column dhr_action.milestones text null=YES 
column dhr_action.target_on text null=NO 
column dhr_action.status text null=NO 'open'::text
column dhr_action.completed_on text null=YES 
column dhr_action.outcome text null=YES 
column dhr_action.signed_off_on text null=YES 
column dhr_action.signed_off_by text null=YES 
column dhr_action.created_on text null=NO 
column dhr_action.last_activity_on text null=NO 
column dhr_action.has_evidence bigint null=NO 0
column dhr_action.version bigint null=NO 1
column dhr_action.created_at text null=NO 
column dhr_action.created_by text null=NO 
column dhr_action_update.id bigint null=NO 
column dhr_action_update.action_id bigint null=NO 
column dhr_action_update.effective_on text null=NO 
column dhr_action_update.at text null=NO 
column dhr_action_update.by text null=NO 
column dhr_action_update.status text null=YES 
column dhr_action_update.note text null=YES 
column dhr_action_update.evidence text null=YES 
column dhr_action_update.milestones text null=YES 
column dhr_action_update.outcome text null=YES 
column dhr_panel_agency.review_id bigint null=NO 
column dhr_panel_agency.agency_id bigint null=NO 
column dhr_recommendation.id bigint null=NO 
column dhr_recommendation.review_id bigint null=NO 
column dhr_recommendation.number bigint null=NO 
column dhr_recommendation.text text null=NO 
column dhr_recommendation.scope text null=NO 
column dhr_recommendation.finding text null=YES 
column dhr_recommendation.created_at text null=NO 
column dhr_recommendation.created_by text null=NO 
column dhr_review.id bigint null=NO 
column dhr_review.pseudonym text null=NO 
column dhr_review.csp text null=NO 
column dhr_review.type text null=NO 'DHR'::text
column dhr_review.status text null=NO 'commissioned'::text
column dhr_review.death_on text null=YES 
column dhr_review.decision_on text null=YES 
column dhr_review.submitted_on text null=YES 
column dhr_review.approved_on text null=YES 
column dhr_review.published_on text null=YES 
column dhr_review.closed_on text null=YES 
column dhr_review.chair text null=YES 
column dhr_review.created_at text null=NO 
column dhr_review.created_by text null=NO 
column dhr_review_case.review_id bigint null=NO 
column dhr_review_case.referral_id bigint null=NO 
column dhr_review_case.linked_at text null=NO 
column dhr_review_case.linked_by text null=NO 
column dhr_status_change.id bigint null=NO 
column dhr_status_change.review_id bigint null=NO 
column dhr_status_change.from_status text null=NO 
column dhr_status_change.to_status text null=NO 
column dhr_status_change.effective_on text null=NO 
column dhr_status_change.at text null=NO 
column dhr_status_change.by text null=NO 
column id_high_water.name text null=NO 
column id_high_water.value bigint null=NO 
column idva_allocation.referral_id bigint null=NO 
column idva_allocation.agency_id bigint null=NO 
column idva_allocation.worker text null=YES 
column idva_allocation.allocated_on text null=NO 
column idva_allocation.engagement text null=YES 
column idva_allocation.engagement_on text null=YES 
column idva_allocation.recorded_at text null=NO 
column idva_allocation.recorded_by text null=NO 
column meeting.id bigint null=NO 
column meeting.area text null=NO 
column meeting.held_on text null=NO 
column meeting.starts_at text null=NO '09:30'::text
column meeting.chair text null=YES 
column meeting.capacity bigint null=NO 20
column meeting.opened_at text null=YES 
column meeting.opened_by text null=YES 
column meeting.closed_at text null=YES 
column meeting.closed_by text null=YES 
column meeting.created_at text null=NO 
column meeting.created_by text null=NO 
column meeting.venue text null=YES 
column meeting.minute_taker text null=YES 
column meeting.next_meeting_on text null=YES 
column minutes_extract_snapshot.meeting_id bigint null=NO 
column minutes_extract_snapshot.agency_id bigint null=NO 
column minutes_extract_snapshot.content text null=NO 
column minutes_snapshot.meeting_id bigint null=NO 
column minutes_snapshot.taken_at text null=NO 
column minutes_snapshot.taken_by text null=NO 
column minutes_snapshot.origin text null=NO 
column minutes_snapshot.content text null=NO 
column other_business.id bigint null=NO 
column other_business.meeting_id bigint null=NO 
column other_business.text text null=NO 
column other_business.recorded_at text null=NO 
column other_business.recorded_by text null=NO 
column perpetrator.id bigint null=NO 
column perpetrator.referral_id bigint null=NO 
column perpetrator.person_id bigint null=NO 
column perpetrator.position bigint null=NO 
column perpetrator.relationship text null=NO 
column perpetrator.age bigint null=YES 
column perpetrator.created_at text null=NO 
column perpetrator.created_by text null=NO 
column person.id bigint null=NO 
column person.name text null=NO 
column person.date_of_birth text null=YES 
column person.match_key text null=NO 
column person.gender text null=NO 'not recorded'::text
column person.ethnicity text null=NO 'not recorded'::text
column person.disability text null=NO 'not recorded'::text
column person.sexual_orientation text null=NO 'not recorded'::text
column person.created_at text null=NO 
column person_alias.id bigint null=NO 
column person_alias.person_id bigint null=NO 
column person_alias.alias text null=NO 
column person_alias.created_at text null=NO 
column person_alias.created_by text null=NO 
column person_match_key.key text null=NO 
column person_match_key.person_id bigint null=NO 
column person_possible_duplicate.person_id bigint null=NO 
column person_possible_duplicate.other_id bigint null=NO 
column person_possible_duplicate.reasons text null=NO 
column person_possible_duplicate.date_of_birth text null=NO 
column person_possible_duplicate.found_at text null=NO 
column referral.id bigint null=NO 
column referral.reference text null=NO 
column referral.victim_id bigint null=NO 
column referral.agency_id bigint null=NO 
column referral.area text null=NO 
column referral.referred_on text null=NO 
column referral.dash_score bigint null=YES 
column referral.dash_answers text null=YES 
column referral.visible_high_risk text null=YES 
column referral.callouts bigint null=YES 
column referral.children bigint null=NO 0
column referral.criteria text null=NO 
column referral.override_reason text null=YES 
column referral.is_repeat bigint null=NO 
column referral.previous_referral_id bigint null=YES 
column referral.age_band text null=NO 'not recorded'::text
column referral.listed_meeting_id bigint null=YES 
column referral.heard_on text null=YES 
column referral.created_at text null=NO 
column referral.created_by text null=NO 
column representative.id bigint null=NO 
column representative.agency_id bigint null=NO 
column representative.name text null=NO 
column representative.email text null=YES 
column representative.role text null=YES 
column representative.created_at text null=NO 
column representative.created_by text null=NO 
column risk.id bigint null=NO 
column risk.referral_id bigint null=NO 
column risk.meeting_id bigint null=YES 
column risk.text text null=NO 
column risk.created_at text null=NO 
column risk.created_by text null=NO 
column schema_migration.version bigint null=NO 
column schema_migration.name text null=NO 
column schema_migration.applied_at text null=NO 
column sharing.id bigint null=NO 
column sharing.kind text null=NO 
column sharing.referral_id bigint null=NO 
column sharing.meeting_id bigint null=YES 
column sharing.agency_id bigint null=NO 
column sharing.shared_on text null=NO 
column sharing.summary text null=YES 
column sharing.categories text null=NO 
column sharing.consent text null=YES 
column sharing.consent_reason text null=YES 
column sharing.common_law text null=YES 
column sharing.rationale text null=NO 
column sharing.purpose text null=YES 
column sharing.adult_at_risk text null=YES 
column sharing.review_on text null=YES 
column sharing.recorded_at text null=NO 
column sharing.recorded_by text null=NO 
column sharing.subject text null=NO 'victim'::text
column sharing.subject_ordinal integer null=YES 
column sharing.subject_text text null=YES 
column sharing.catalogue_version text null=YES 
column sharing_basis.sharing_id bigint null=NO 
column sharing_basis.position bigint null=NO 
column sharing_basis.tag text null=NO 
column sharing_recipient.sharing_id bigint null=NO 
column sharing_recipient.position bigint null=NO 
column sharing_recipient.agency_id bigint null=YES 
constraint action.action_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agency(id)
constraint action.action_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting(id)
constraint action.action_pkey PRIMARY KEY (id)
constraint action.action_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referral(id) ON DELETE CASCADE
constraint action.action_status_check CHECK ((status = ANY (ARRAY['open'::text, 'in-progress'::text, 'done'::text, 'blocked'::text, 'cancelled'::text])))
constraint action_update.action_update_action_id_fkey FOREIGN KEY (action_id) REFERENCES action(id) ON DELETE CASCADE
constraint action_update.action_update_pkey PRIMARY KEY (id)
constraint agency.agency_code_key UNIQUE (code)
constraint agency.agency_competent_authority_check CHECK ((competent_authority = ANY (ARRAY[(0)::bigint, (1)::bigint])))
constraint agency.agency_pkey PRIMARY KEY (id)
constraint agency.agency_public_authority_check CHECK ((public_authority = ANY (ARRAY[(0)::bigint, (1)::bigint])))
constraint agenda_item.agenda_item_deferred_check CHECK ((deferred = ANY (ARRAY[(0)::bigint, (1)::bigint])))
constraint agenda_item.agenda_item_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting(id) ON DELETE CASCADE
constraint agenda_item.agenda_item_pkey PRIMARY KEY (meeting_id, referral_id)
constraint agenda_item.agenda_item_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referral(id) ON DELETE CASCADE
constraint agenda_item.agenda_item_section_check CHECK ((section = ANY (ARRAY['children'::text, 'other'::text, 'review'::text])))
constraint app_user.app_user_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agency(id)
constraint app_user.app_user_check CHECK (((role = 'agency-rep'::text) = (agency_id IS NOT NULL)))
constraint app_user.app_user_name_key UNIQUE (name)
constraint app_user.app_user_pkey PRIMARY KEY (id)
constraint app_user.app_user_role_check CHECK ((role = ANY (ARRAY['coordinator'::text, 'chair'::text, 'agency-rep'::text, 'dhr-chair'::text, 'auditor'::text])))
constraint area.area_name_key UNIQUE (name)
constraint area.area_pkey PRIMARY KEY (id)
constraint attendance.attendance_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agency(id)
constraint attendance.attendance_deputy_check CHECK ((deputy = ANY (ARRAY[(0)::bigint, (1)::bigint])))
constraint attendance.attendance_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting(id) ON DELETE CASCADE
constraint attendance.attendance_pkey PRIMARY KEY (meeting_id, agency_id)
constraint attendance.attendance_status_check CHECK ((status = ANY (ARRAY['present'::text, 'apologies'::text, 'absent'::text])))
constraint audit_head.audit_head_entries_check CHECK ((entries >= 0))
constraint audit_head.audit_head_id_check CHECK (id)
constraint audit_head.audit_head_pkey PRIMARY KEY (id)
constraint audit_log.audit_log_pkey PRIMARY KEY (id)
constraint case_transfer.case_transfer_direction_check CHECK ((direction = ANY (ARRAY['out'::text, 'in'::text])))
constraint case_transfer.case_transfer_pkey PRIMARY KEY (id)
constraint case_transfer.case_transfer_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referral(id) ON DELETE CASCADE
constraint child.child_pkey PRIMARY KEY (id)
constraint child.child_position_check CHECK (("position" > 0))
constraint child.child_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referral(id) ON DELETE CASCADE
constraint child.child_referral_id_position_key UNIQUE (referral_id, "position")
constraint dhr_action.dhr_action_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agency(id)
constraint dhr_action.dhr_action_has_evidence_check CHECK ((has_evidence = ANY (ARRAY[(0)::bigint, (1)::bigint])))
constraint dhr_action.dhr_action_pkey PRIMARY KEY (id)
constraint dhr_action.dhr_action_recommendation_id_fkey FOREIGN KEY (recommendation_id) REFERENCES dhr_recommendation(id)
constraint dhr_action.dhr_action_review_id_fkey FOREIGN KEY (review_id) REFERENCES dhr_review(id) ON DELETE CASCADE
constraint dhr_action.dhr_action_status_check CHECK ((status = ANY (ARRAY['open'::text, 'in-progress'::text, 'blocked'::text, 'closed'::text, 'cancelled'::text])))
constraint dhr_action_update.dhr_action_update_action_id_fkey FOREIGN KEY (action_id) REFERENCES dhr_action(id) ON DELETE CASCADE
constraint dhr_action_update.dhr_action_update_pkey PRIMARY KEY (id)
constraint dhr_panel_agency.dhr_panel_agency_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agency(id)
constraint dhr_panel_agency.dhr_panel_agency_pkey PRIMARY KEY (review_id, agency_id)
constraint dhr_panel_agency.dhr_panel_agency_review_id_fkey FOREIGN KEY (review_id) REFERENCES dhr_review(id) ON DELETE CASCADE
constraint dhr_recommendation.dhr_recommendation_number_check CHECK ((number > 0))
constraint dhr_recommendation.dhr_recommendation_pkey PRIMARY KEY (id)
constraint dhr_recommendation.dhr_recommendation_review_id_fkey FOREIGN KEY (review_id) REFERENCES dhr_review(id) ON DELETE CASCADE
constraint dhr_recommendation.dhr_recommendation_review_id_number_key UNIQUE (review_id, number)
constraint dhr_recommendation.dhr_recommendation_scope_check CHECK ((scope = ANY (ARRAY['local'::text, 'regional'::text, 'national'::text])))
constraint dhr_review.dhr_review_pkey PRIMARY KEY (id)
constraint dhr_review.dhr_review_status_check CHECK ((status = ANY (ARRAY['commissioned'::text, 'in-progress'::text, 'submitted'::text, 'approved'::text, 'published'::text, 'closed'::text])))
constraint dhr_review.dhr_review_type_check CHECK ((type = ANY (ARRAY['DHR'::text, 'DARDR'::text])))
constraint dhr_review_case.dhr_review_case_pkey PRIMARY KEY (review_id, referral_id)
constraint dhr_review_case.dhr_review_case_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referral(id)
constraint dhr_review_case.dhr_review_case_review_id_fkey FOREIGN KEY (review_id) REFERENCES dhr_review(id) ON DELETE CASCADE
constraint dhr_status_change.dhr_status_change_pkey PRIMARY KEY (id)
constraint dhr_status_change.dhr_status_change_review_id_fkey FOREIGN KEY (review_id) REFERENCES dhr_review(id) ON DELETE CASCADE
constraint id_high_water.id_high_water_pkey PRIMARY KEY (name)
constraint idva_allocation.idva_allocation_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agency(id)
constraint idva_allocation.idva_allocation_check CHECK (((engagement IS NULL) = (engagement_on IS NULL)))
constraint idva_allocation.idva_allocation_engagement_check CHECK ((engagement = ANY (ARRAY['engaged'::text, 'not-engaged'::text, 'declined'::text])))
constraint idva_allocation.idva_allocation_pkey PRIMARY KEY (referral_id)
constraint idva_allocation.idva_allocation_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referral(id) ON DELETE CASCADE
constraint meeting.meeting_capacity_check CHECK ((capacity > 0))
constraint meeting.meeting_pkey PRIMARY KEY (id)
constraint minutes_extract_snapshot.minutes_extract_snapshot_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agency(id)
constraint minutes_extract_snapshot.minutes_extract_snapshot_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting(id) ON DELETE CASCADE
constraint minutes_extract_snapshot.minutes_extract_snapshot_pkey PRIMARY KEY (meeting_id, agency_id)
constraint minutes_snapshot.minutes_snapshot_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting(id) ON DELETE CASCADE
constraint minutes_snapshot.minutes_snapshot_origin_check CHECK ((origin = ANY (ARRAY['close'::text, 'first-export'::text])))
constraint minutes_snapshot.minutes_snapshot_pkey PRIMARY KEY (meeting_id)
constraint other_business.other_business_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting(id) ON DELETE CASCADE
constraint other_business.other_business_pkey PRIMARY KEY (id)
constraint perpetrator.perpetrator_age_check CHECK (((age >= 0) AND (age <= 130)))
constraint perpetrator.perpetrator_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id)
constraint perpetrator.perpetrator_pkey PRIMARY KEY (id)
constraint perpetrator.perpetrator_position_check CHECK (("position" > 0))
constraint perpetrator.perpetrator_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referral(id) ON DELETE CASCADE
constraint perpetrator.perpetrator_referral_id_person_id_key UNIQUE (referral_id, person_id)
constraint perpetrator.perpetrator_referral_id_position_key UNIQUE (referral_id, "position")
constraint person.person_match_key_key UNIQUE (match_key)
constraint person.person_pkey PRIMARY KEY (id)
constraint person_alias.person_alias_person_id_alias_key UNIQUE (person_id, alias)
constraint person_alias.person_alias_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id) ON DELETE CASCADE
constraint person_alias.person_alias_pkey PRIMARY KEY (id)
constraint person_match_key.person_match_key_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id) ON DELETE CASCADE
constraint person_match_key.person_match_key_pkey PRIMARY KEY (key, person_id)
constraint person_possible_duplicate.person_possible_duplicate_check CHECK ((person_id > other_id))
constraint person_possible_duplicate.person_possible_duplicate_other_id_fkey FOREIGN KEY (other_id) REFERENCES person(id) ON DELETE CASCADE
constraint person_possible_duplicate.person_possible_duplicate_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id) ON DELETE CASCADE
constraint person_possible_duplicate.person_possible_duplicate_pkey PRIMARY KEY (person_id, other_id)
constraint referral.referral_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agency(id)
constraint referral.referral_callouts_check CHECK ((callouts >= 0))
constraint referral.referral_children_check CHECK ((children >= 0))
constraint referral.referral_dash_score_check CHECK (((dash_score >= 0) AND (dash_score <= 27)))
constraint referral.referral_is_repeat_check CHECK ((is_repeat = ANY (ARRAY[(0)::bigint, (1)::bigint])))
constraint referral.referral_listed_meeting_id_fkey FOREIGN KEY (listed_meeting_id) REFERENCES meeting(id)
constraint referral.referral_pkey PRIMARY KEY (id)
constraint referral.referral_previous_referral_id_fkey FOREIGN KEY (previous_referral_id) REFERENCES referral(id)
constraint referral.referral_reference_key UNIQUE (reference)
constraint referral.referral_victim_id_fkey FOREIGN KEY (victim_id) REFERENCES person(id)
constraint representative.representative_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agency(id)
constraint representative.representative_pkey PRIMARY KEY (id)
constraint risk.risk_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting(id)
constraint risk.risk_pkey PRIMARY KEY (id)
constraint risk.risk_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referral(id) ON DELETE CASCADE
constraint schema_migration.schema_migration_pkey PRIMARY KEY (version)
constraint sharing.sharing_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agency(id)
constraint sharing.sharing_check CHECK (((kind = 'declined'::text) OR ((summary IS NOT NULL) AND (consent IS NOT NULL))))
constraint sharing.sharing_check1 CHECK (((consent_reason IS NULL) OR (consent = 'not-sought'::text)))
constraint sharing.sharing_common_law_check CHECK ((common_law = ANY (ARRAY['consent'::text, 'law'::text, 'public-interest'::text])))
constraint sharing.sharing_consent_check CHECK ((consent = ANY (ARRAY['sought'::text, 'given'::text, 'refused'::text, 'not-sought'::text])))
constraint sharing.sharing_consent_reason_check CHECK ((consent_reason = ANY (ARRAY['unsafe'::text, 'would-prejudice-purpose'::text, 'cannot-be-given'::text])))
constraint sharing.sharing_kind_check CHECK ((kind = ANY (ARRAY['shared'::text, 'declined'::text])))
constraint sharing.sharing_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting(id)
constraint sharing.sharing_pkey PRIMARY KEY (id)
constraint sharing.sharing_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referral(id) ON DELETE CASCADE
constraint sharing.sharing_subject_check CHECK ((subject = ANY (ARRAY['victim'::text, 'perpetrator'::text, 'child'::text, 'other'::text])))
constraint sharing.sharing_subject_ordinal CHECK (((subject_ordinal IS NULL) = (subject <> ALL (ARRAY['perpetrator'::text, 'child'::text]))))
constraint sharing.sharing_subject_ordinal_check CHECK ((subject_ordinal >= 1))
constraint sharing.sharing_subject_text CHECK (((subject_text IS NULL) = (subject <> 'other'::text)))
constraint sharing_basis.sharing_basis_pkey PRIMARY KEY (sharing_id, "position")
constraint sharing_basis.sharing_basis_sharing_id_fkey FOREIGN KEY (sharing_id) REFERENCES sharing(id) ON DELETE CASCADE
constraint sharing_recipient.sharing_recipient_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agency(id)
constraint sharing_recipient.sharing_recipient_pkey PRIMARY KEY (sharing_id, "position")
constraint sharing_recipient.sharing_recipient_sharing_id_fkey FOREIGN KEY (sharing_id) REFERENCES sharing(id) ON DELETE CASCADE
index CREATE INDEX action_by_meeting ON action USING btree (meeting_id)
index CREATE INDEX action_by_referral ON action USING btree (referral_id)
index CREATE INDEX action_pending_by_agency ON action USING btree (agency_id, due_on) WHERE (status = ANY (ARRAY['open'::text, 'in-progress'::text, 'blocked'::text]))
index CREATE INDEX action_pending_by_due ON action USING btree (due_on) WHERE (status = ANY (ARRAY['open'::text, 'in-progress'::text, 'blocked'::text]))
index CREATE INDEX action_pending_by_meeting ON action USING btree (meeting_id, due_on) WHERE (status = ANY (ARRAY['open'::text, 'in-progress'::text, 'blocked'::text]))
index CREATE UNIQUE INDEX action_pkey ON action USING btree (id)
index CREATE INDEX action_update_by_action ON action_update USING btree (action_id)
index CREATE UNIQUE INDEX action_update_pkey ON action_update USING btree (id)
index CREATE UNIQUE INDEX agency_code_key ON agency USING btree (code)
index CREATE UNIQUE INDEX agency_pkey ON agency USING btree (id)
index CREATE INDEX agenda_item_by_referral ON agenda_item USING btree (referral_id)
index CREATE UNIQUE INDEX agenda_item_pkey ON agenda_item USING btree (meeting_id, referral_id)
index CREATE INDEX app_user_by_agency ON app_user USING btree (agency_id)
index CREATE UNIQUE INDEX app_user_name_key ON app_user USING btree (name)
index CREATE UNIQUE INDEX app_user_pkey ON app_user USING btree (id)
index CREATE UNIQUE INDEX area_name_key ON area USING btree (name)
index CREATE UNIQUE INDEX area_pkey ON area USING btree (id)
index CREATE INDEX attendance_by_agency ON attendance USING btree (agency_id)
index CREATE UNIQUE INDEX attendance_pkey ON attendance USING btree (meeting_id, agency_id)
index CREATE UNIQUE INDEX audit_head_pkey ON audit_head USING btree (id)
index CREATE INDEX audit_log_by_entity ON audit_log USING btree (entity, entity_id)
index CREATE INDEX audit_log_by_time ON audit_log USING btree (at)
index CREATE UNIQUE INDEX audit_log_pkey ON audit_log USING btree (id)
index CREATE INDEX case_transfer_by_date ON case_transfer USING btree (transferred_on, direction)
index CREATE INDEX case_transfer_by_referral ON case_transfer USING btree (referral_id, direction)
index CREATE UNIQUE INDEX case_transfer_pkey ON case_transfer USING btree (id)
index CREATE UNIQUE INDEX child_pkey ON child USING btree (id)
index CREATE UNIQUE INDEX child_referral_id_position_key ON child USING btree (referral_id, "position")
index CREATE INDEX dhr_action_by_agency ON dhr_action USING btree (agency_id, review_id)
index CREATE INDEX dhr_action_by_recommendation ON dhr_action USING btree (recommendation_id)
index CREATE INDEX dhr_action_by_review ON dhr_action USING btree (review_id, recommendation_id)
index CREATE INDEX dhr_action_pending_by_agency ON dhr_action USING btree (agency_id, target_on) WHERE (status = ANY (ARRAY['open'::text, 'in-progress'::text, 'blocked'::text]))
index CREATE INDEX dhr_action_pending_by_target ON dhr_action USING btree (target_on) WHERE (status = ANY (ARRAY['open'::text, 'in-progress'::text, 'blocked'::text]))
index CREATE UNIQUE INDEX dhr_action_pkey ON dhr_action USING btree (id)
index CREATE INDEX dhr_action_update_by_action ON dhr_action_update USING btree (action_id, effective_on)
index CREATE UNIQUE INDEX dhr_action_update_pkey ON dhr_action_update USING btree (id)
index CREATE INDEX dhr_panel_agency_by_agency ON dhr_panel_agency USING btree (agency_id)
index CREATE UNIQUE INDEX dhr_panel_agency_pkey ON dhr_panel_agency USING btree (review_id, agency_id)
index CREATE UNIQUE INDEX dhr_recommendation_pkey ON dhr_recommendation USING btree (id)
index CREATE UNIQUE INDEX dhr_recommendation_review_id_number_key ON dhr_recommendation USING btree (review_id, number)
index CREATE INDEX dhr_review_case_by_referral ON dhr_review_case USING btree (referral_id)
index CREATE UNIQUE INDEX dhr_review_case_pkey ON dhr_review_case USING btree (review_id, referral_id)
index CREATE UNIQUE INDEX dhr_review_pkey ON dhr_review USING btree (id)
index CREATE INDEX dhr_status_change_by_review ON dhr_status_change USING btree (review_id)
index CREATE UNIQUE INDEX dhr_status_change_pkey ON dhr_status_change USING btree (id)
index CREATE UNIQUE INDEX id_high_water_pkey ON id_high_water USING btree (name)
index CREATE INDEX idva_allocation_by_agency ON idva_allocation USING btree (agency_id)
index CREATE UNIQUE INDEX idva_allocation_pkey ON idva_allocation USING btree (referral_id)
index CREATE INDEX meeting_by_area ON meeting USING btree (area, held_on)
index CREATE INDEX meeting_by_date ON meeting USING btree (held_on)
index CREATE UNIQUE INDEX meeting_pkey ON meeting USING btree (id)
index CREATE INDEX minutes_extract_snapshot_by_agency ON minutes_extract_snapshot USING btree (agency_id)
index CREATE UNIQUE INDEX minutes_extract_snapshot_pkey ON minutes_extract_snapshot USING btree (meeting_id, agency_id)
index CREATE UNIQUE INDEX minutes_snapshot_pkey ON minutes_snapshot USING btree (meeting_id)
index CREATE INDEX other_business_by_meeting ON other_business USING btree (meeting_id)
index CREATE UNIQUE INDEX other_business_pkey ON other_business USING btree (id)
index CREATE INDEX perpetrator_by_person ON perpetrator USING btree (person_id)
index CREATE UNIQUE INDEX perpetrator_pkey ON perpetrator USING btree (id)
index CREATE UNIQUE INDEX perpetrator_referral_id_person_id_key ON perpetrator USING btree (referral_id, person_id)
index CREATE UNIQUE INDEX perpetrator_referral_id_position_key ON perpetrator USING btree (referral_id, "position")
index CREATE UNIQUE INDEX person_alias_person_id_alias_key ON person_alias USING btree (person_id, alias)
index CREATE UNIQUE INDEX person_alias_pkey ON person_alias USING btree (id)
index CREATE INDEX person_match_key_by_person ON person_match_key USING btree (person_id)
index CREATE UNIQUE INDEX person_match_key_key ON person USING btree (match_key)
index CREATE UNIQUE INDEX person_match_key_pkey ON person_match_key USING btree (key, person_id)
index CREATE UNIQUE INDEX person_pkey ON person USING btree (id)
index CREATE INDEX person_possible_duplicate_by_other ON person_possible_duplicate USING btree (other_id)
index CREATE UNIQUE INDEX person_possible_duplicate_pkey ON person_possible_duplicate USING btree (person_id, other_id)
index CREATE INDEX referral_by_agency ON referral USING btree (agency_id)
index CREATE INDEX referral_by_date ON referral USING btree (referred_on)
index CREATE INDEX referral_by_listing ON referral USING btree (listed_meeting_id) WHERE (listed_meeting_id IS NOT NULL)
index CREATE INDEX referral_by_previous ON referral USING btree (previous_referral_id)
index CREATE INDEX referral_by_victim ON referral USING btree (victim_id, referred_on)
index CREATE UNIQUE INDEX referral_pkey ON referral USING btree (id)
index CREATE UNIQUE INDEX referral_reference_key ON referral USING btree (reference)
index CREATE INDEX referral_unheard ON referral USING btree (area, referred_on) WHERE (heard_on IS NULL)
index CREATE INDEX representative_by_agency ON representative USING btree (agency_id)
index CREATE UNIQUE INDEX representative_pkey ON representative USING btree (id)
index CREATE INDEX risk_by_meeting ON risk USING btree (meeting_id)
index CREATE INDEX risk_by_referral ON risk USING btree (referral_id)
index CREATE UNIQUE INDEX risk_pkey ON risk USING btree (id)
index CREATE UNIQUE INDEX schema_migration_pkey ON schema_migration USING btree (version)
index CREATE INDEX sharing_basis_by_tag ON sharing_basis USING btree (tag, sharing_id)
index CREATE UNIQUE INDEX sharing_basis_pkey ON sharing_basis USING btree (sharing_id, "position")
index CREATE INDEX sharing_by_agency ON sharing USING btree (agency_id)
index CREATE INDEX sharing_by_date ON sharing USING btree (shared_on)
index CREATE INDEX sharing_by_meeting ON sharing USING btree (meeting_id) WHERE (meeting_id IS NOT NULL)
index CREATE INDEX sharing_by_referral ON sharing USING btree (referral_id, shared_on)
index CREATE INDEX sharing_by_subject ON sharing USING btree (subject, referral_id) WHERE (subject <> 'victim'::text)
index CREATE UNIQUE INDEX sharing_pkey ON sharing USING btree (id)
index CREATE INDEX sharing_recipient_by_agency ON sharing_recipient USING btree (agency_id)
index CREATE UNIQUE INDEX sharing_recipient_pkey ON sharing_recipient USING btree (sharing_id, "position")
trigger CREATE TRIGGER action_next_id BEFORE INSERT ON action FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER action_update_next_id BEFORE INSERT ON action_update FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER agency_next_id BEFORE INSERT ON agency FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER app_user_next_id BEFORE INSERT ON app_user FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER area_next_id BEFORE INSERT ON area FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER audit_head_guard BEFORE DELETE OR UPDATE ON audit_head FOR EACH ROW EXECUTE FUNCTION marac_guard_audit_head()
trigger CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head FOR EACH STATEMENT EXECUTE FUNCTION marac_guard_audit_head()
trigger CREATE TRIGGER audit_log_link BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION marac_audit_link()
trigger CREATE TRIGGER audit_log_next_id BEFORE INSERT ON audit_log FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
trigger CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
trigger CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
trigger CREATE TRIGGER case_transfer_next_id BEFORE INSERT ON case_transfer FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER child_next_id BEFORE INSERT ON child FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER dhr_action_next_id BEFORE INSERT ON dhr_action FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER dhr_action_update_next_id BEFORE INSERT ON dhr_action_update FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER dhr_recommendation_next_id BEFORE INSERT ON dhr_recommendation FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER dhr_review_next_id BEFORE INSERT ON dhr_review FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER dhr_status_change_next_id BEFORE INSERT ON dhr_status_change FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER meeting_next_id BEFORE INSERT ON meeting FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER other_business_next_id BEFORE INSERT ON other_business FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER perpetrator_next_id BEFORE INSERT ON perpetrator FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER person_next_id BEFORE INSERT ON person FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER person_alias_next_id BEFORE INSERT ON person_alias FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER referral_keeps_sharing BEFORE DELETE ON referral FOR EACH ROW EXECUTE FUNCTION referral_keeps_sharing()
trigger CREATE TRIGGER referral_next_id BEFORE INSERT ON referral FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER representative_next_id BEFORE INSERT ON representative FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER risk_next_id BEFORE INSERT ON risk FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
trigger CREATE TRIGGER sharing_next_id BEFORE INSERT ON sharing FOR EACH ROW WHEN ((new.id IS NULL)) EXECUTE FUNCTION marac_next_id()
function audit_log_append_only security definer=false
function marac_audit_link security definer=true
function marac_audit_tail security definer=true
function marac_guard_audit_head security definer=false
function marac_next_id security definer=true
function referral_keeps_sharing security definer=false
