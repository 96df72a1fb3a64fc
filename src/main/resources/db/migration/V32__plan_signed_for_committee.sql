-- Issue 14: the seed plans sign "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" without "TM. ỦY BAN NHÂN DÂN" above; a plan signed
-- on behalf of the committee says so (the draft's checkbox "Ký thay mặt tập thể").
alter table plan add column signed_for_committee boolean not null default false;
