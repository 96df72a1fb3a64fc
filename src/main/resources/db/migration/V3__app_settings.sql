-- Small settings the application keeps between restarts (e.g. the demo clock of the dev profile).
create table app_setting (
    setting_name   varchar(60)  primary key,
    setting_value  varchar(200) not null
);
