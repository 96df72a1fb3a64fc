-- Official codes of the National Statistics Office (province 2 digits, district 3, commune 5) and the
-- administrative kind of an area. Kinds are data like levels: the pre-2025 district kinds stay usable
-- for the plans of 2024-2025.
create table admin_unit_kind (
    code        varchar(30)  primary key,
    level_code  varchar(30)  not null references org_level (code),
    name_vi     varchar(100) not null,
    name_en     varchar(100) not null,
    position    int          not null
);

insert into admin_unit_kind (code, level_code, name_vi, name_en, position) values
    ('TINH',                 'PROVINCE', 'Tỉnh',                 'Province',              10),
    ('THANH_PHO',            'PROVINCE', 'Thành phố',            'Centrally-run city',    20),
    ('HUYEN',                'DISTRICT', 'Huyện',                'Rural district',        30),
    ('QUAN',                 'DISTRICT', 'Quận',                 'Urban district',        40),
    ('THI_XA',               'DISTRICT', 'Thị xã',               'District-level town',   50),
    ('THANH_PHO_THUOC_TINH', 'DISTRICT', 'Thành phố thuộc tỉnh', 'Provincial city',       60),
    ('XA',                   'COMMUNE',  'Xã',                   'Commune',               70),
    ('PHUONG',               'COMMUNE',  'Phường',               'Ward',                  80),
    ('DAC_KHU',              'COMMUNE',  'Đặc khu',              'Special zone',          90),
    ('THI_TRAN',             'COMMUNE',  'Thị trấn',             'Township',             100);

alter table org_unit add column official_code varchar(10);
alter table org_unit add column admin_kind_code varchar(30);
alter table org_unit add constraint org_unit_admin_kind_fk foreign key (admin_kind_code)
    references admin_unit_kind (code);
create unique index org_unit_official_code_uq on org_unit (official_code);
