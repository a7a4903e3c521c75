-- The latest information-processing fee notice of each application and whether it was paid: what the fee lapse
-- job needs to close unpaid applications as OTHER_FEE_UNPAID.
alter table application_registry add column fee_noticed_on date;
alter table application_registry add column fee_paid boolean not null default false;
