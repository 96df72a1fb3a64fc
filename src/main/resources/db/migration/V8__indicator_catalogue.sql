-- The indicator catalogue as delivered (issue 5). Administrators edit it afterwards on
-- "Danh mục chỉ tiêu"; this migration only gives the first version. Plain INSERTs (H2 and PostgreSQL).
--
-- Sources (named, not quoted article by article):
--   QĐ 23/QĐ-TTg             Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030 (7/1/2021);
--   TT 13/2021/TT-BLĐTBXH    Bộ chỉ tiêu thống kê về tình hình trẻ em, tình hình xâm hại trẻ em và xử lý
--                            vi phạm hành chính đối với các hành vi xâm hại trẻ em;
--   Đề án / Chương trình …   the national programmes the seed plans name by title;
--   Kế hoạch xã/phường       targets local plans set themselves (capacity, communication, local counts).
--
-- Codes: <group prefix>-<two digits>, never reused once given (a retired indicator is deactivated):
--   CH chung (GENERAL)          YT y tế, chăm sóc (HEALTH)        BV bảo vệ (PROTECTION)
--   GD giáo dục (EDUCATION)     VH văn hóa, vui chơi (CULTURE_PLAY)
--   TG tham gia (PARTICIPATION) NL năng lực, truyền thông (CAPACITY)
-- position: 100 × the group's order + the number, so the catalogue reads group by group.
--
-- Rates keep what is counted above (numerator) and below (denominator) the line; counts keep what
-- they count in numerator; yes/no keeps neither (it rolls up as how many said yes: count_unit "xã").
--
-- CH-01 (how many children) is context for the rates, not something to set a target on: its direction
-- is nominal.
--
-- The targets of the three real plans of the design brief and the indicator each is set on:
--   Xã An Dương, kế hoạch công tác trẻ em năm 2024
--     Duy trì trên 95% trẻ em có hoàn cảnh đặc biệt được chăm sóc ................. BV-02
--     100% cán bộ làm công tác trẻ em cấp xã, thôn được nâng cao năng lực ........... NL-02
--     90% trở lên gia đình có trẻ em được cung cấp kiến thức, kỹ năng bảo vệ trẻ em . NL-03
--     Giảm tỷ suất trẻ em bị tai nạn, thương tích xuống 300/100.000 trẻ em ........... BV-07
--     Tỷ suất trẻ em tử vong do tai nạn, thương tích dưới 20/100.000 trẻ em ........... BV-08
--     Giảm tối đa số trẻ em tử vong do đuối nước .................................... BV-10
--     100% cán bộ làm công tác trẻ em xã được tập huấn phòng, chống TNTT ............. NL-04
--     Đạt tiêu chuẩn xã phù hợp với trẻ em năm 2024 ................................. CH-03
--     Không phát sinh mới trẻ em nhiễm HIV .......................................... YT-08
--     90% trẻ em đến 08 tuổi được tiếp cận dịch vụ chăm sóc phát triển toàn diện ..... YT-09
--     90% cán bộ, cha, mẹ, người chăm sóc trẻ em được cung cấp kiến thức (đầu đời) ... NL-05
--     100% chính sách, pháp luật về trẻ em có tham vấn ý kiến của trẻ em (mục 8, 10) . TG-01
--     Khoảng 40% / trên 20% trẻ em từ 07 tuổi trở lên được hỏi ý kiến (mục 8, 10) ..... TG-02
--     Từ 80% trẻ em khuyết tật được tiếp cận dịch vụ bảo vệ, chăm sóc, giáo dục ...... BV-17
--     70% trẻ em khuyết tật được cung cấp kiến thức, kỹ năng hòa nhập cộng đồng ....... NL-06
--     Từ 70% cha mẹ, người chăm sóc trẻ em khuyết tật được cung cấp kiến thức ........ NL-07
--     100% trẻ em có nguy cơ, lao động trẻ em, bị mua bán… được hỗ trợ, can thiệp ..... BV-12
--     70% trẻ em, cha mẹ, người chăm sóc được cung cấp thông tin về lao động trẻ em ... NL-08
--     95% công chức, viên chức được tập huấn về lao động trẻ em ...................... NL-09
--   Phường Phú La, kế hoạch công tác trẻ em năm 2025
--     100% các đơn vị ban hành kế hoạch triển khai .................................. NL-01
--     100% trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc ..................... BV-02
--     100% trẻ bị xâm hại, bạo lực khi được phát hiện được can thiệp, trợ giúp ........ BV-06
--     Giảm ít nhất 10% số trẻ em tử vong do tai nạn, thương tích so với năm 2024 ..... BV-09
--     Giữ vững phường đạt tiêu chí phường phù hợp trẻ em ............................ CH-03
--     100% trẻ em được khai sinh đúng độ tuổi ....................................... BV-16
--   Phường Nguyễn Nghiêm, kế hoạch công tác trẻ em năm 2024
--     Đề nghị công nhận xã, phường phù hợp với trẻ em ............................... CH-03

insert into indicator (code, name, measure, numerator, denominator, count_unit, direction, indicator_group,
                       source, plausible_min, plausible_max, active, position) values
-- Chung (GENERAL)
('CH-01', 'Số trẻ em (dưới 16 tuổi) trên địa bàn', 'COUNT',
 'Số trẻ em dưới 16 tuổi đang sinh sống trên địa bàn', null, 'trẻ em',
 'HIGHER_IS_BETTER', 'GENERAL', 'TT 13/2021/TT-BLĐTBXH', 0, null, true, 101),
-- the sex ratio at birth (boys per 100 girls) is not a proportion: its numerator may exceed its
-- denominator, which a rate here never does. It is kept as the share of boys among live births, from
-- which the ratio follows (51,2 % boys is 105 boys per 100 girls).
('CH-02', 'Tỷ lệ bé trai trong số trẻ sinh ra sống (tính tỷ số giới tính khi sinh)', 'PERCENT',
 'Số bé trai sinh ra sống trong kỳ', 'Tổng số trẻ sinh ra sống trong kỳ', 'trẻ em',
 'LOWER_IS_BETTER', 'GENERAL', 'TT 13/2021/TT-BLĐTBXH', 45, 60, true, 102),
('CH-03', 'Xã, phường đạt tiêu chuẩn xã, phường phù hợp với trẻ em', 'YES_NO',
 null, null, 'xã',
 'HIGHER_IS_BETTER', 'GENERAL', 'QĐ 23/QĐ-TTg', null, null, true, 103);

insert into indicator (code, name, measure, numerator, denominator, count_unit, direction, indicator_group,
                       source, plausible_min, plausible_max, active, position) values
-- Y tế, chăm sóc (HEALTH)
('YT-01', 'Tỷ suất tử vong trẻ sơ sinh', 'PER_THOUSAND',
 'Số trẻ em tử vong trong 28 ngày đầu sau sinh', 'Số trẻ đẻ ra sống trong kỳ', 'trẻ em',
 'LOWER_IS_BETTER', 'HEALTH', 'QĐ 23/QĐ-TTg', 0, 60, true, 201),
('YT-02', 'Tỷ suất tử vong trẻ em dưới 1 tuổi', 'PER_THOUSAND',
 'Số trẻ em dưới 1 tuổi tử vong trong kỳ', 'Số trẻ đẻ ra sống trong kỳ', 'trẻ em',
 'LOWER_IS_BETTER', 'HEALTH', 'QĐ 23/QĐ-TTg', 0, 100, true, 202),
('YT-03', 'Tỷ suất tử vong trẻ em dưới 5 tuổi', 'PER_THOUSAND',
 'Số trẻ em dưới 5 tuổi tử vong trong kỳ', 'Số trẻ đẻ ra sống trong kỳ', 'trẻ em',
 'LOWER_IS_BETTER', 'HEALTH', 'QĐ 23/QĐ-TTg', 0, 150, true, 203),
('YT-04', 'Tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi', 'PERCENT',
 'Số trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân', 'Số trẻ em dưới 5 tuổi được cân', 'trẻ em',
 'LOWER_IS_BETTER', 'HEALTH', 'QĐ 23/QĐ-TTg', 0, 60, true, 204),
('YT-05', 'Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi', 'PERCENT',
 'Số trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', 'Số trẻ em dưới 5 tuổi được đo chiều cao', 'trẻ em',
 'LOWER_IS_BETTER', 'HEALTH', 'QĐ 23/QĐ-TTg', 0, 60, true, 205),
('YT-06', 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin', 'PERCENT',
 'Số trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', 'Số trẻ em dưới 1 tuổi', 'trẻ em',
 'HIGHER_IS_BETTER', 'HEALTH', 'QĐ 23/QĐ-TTg', 0, 100, true, 206),
('YT-07', 'Tỷ lệ lây truyền HIV từ mẹ sang con', 'PERCENT',
 'Số trẻ em sinh ra từ mẹ nhiễm HIV bị nhiễm HIV', 'Số trẻ em sinh ra từ mẹ nhiễm HIV', 'trẻ em',
 'LOWER_IS_BETTER', 'HEALTH', 'QĐ 23/QĐ-TTg', 0, 100, true, 207),
('YT-08', 'Số trẻ em nhiễm HIV mới phát hiện', 'COUNT',
 'Số trẻ em nhiễm HIV được phát hiện mới trong kỳ', null, 'trẻ em',
 'LOWER_IS_BETTER', 'HEALTH', 'Kế hoạch xã/phường', 0, null, true, 208),
('YT-09', 'Tỷ lệ trẻ em đến 8 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện', 'PERCENT',
 'Số trẻ em đến 8 tuổi được tiếp cận dịch vụ hỗ trợ chăm sóc phát triển toàn diện theo nhu cầu, phù hợp độ tuổi',
 'Số trẻ em đến 8 tuổi', 'trẻ em',
 'HIGHER_IS_BETTER', 'HEALTH', 'QĐ 23/QĐ-TTg', 0, 100, true, 209),
('YT-10', 'Tỷ lệ cơ sở giáo dục có công trình nước sạch và nhà vệ sinh đạt chuẩn', 'PERCENT',
 'Số cơ sở giáo dục có công trình nước sạch và nhà vệ sinh đạt chuẩn', 'Tổng số cơ sở giáo dục', 'cơ sở giáo dục',
 'HIGHER_IS_BETTER', 'HEALTH', 'QĐ 23/QĐ-TTg', 0, 100, true, 210);

insert into indicator (code, name, measure, numerator, denominator, count_unit, direction, indicator_group,
                       source, plausible_min, plausible_max, active, position) values
-- Bảo vệ (PROTECTION)
('BV-01', 'Tỷ lệ trẻ em có hoàn cảnh đặc biệt trên tổng số trẻ em', 'PERCENT',
 'Số trẻ em có hoàn cảnh đặc biệt', 'Tổng số trẻ em', 'trẻ em',
 'LOWER_IS_BETTER', 'PROTECTION', 'QĐ 23/QĐ-TTg; TT 13/2021/TT-BLĐTBXH', 0, 30, true, 301),
('BV-02', 'Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc', 'PERCENT',
 'Số trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc bằng các hình thức', 'Tổng số trẻ em có hoàn cảnh đặc biệt',
 'trẻ em', 'HIGHER_IS_BETTER', 'PROTECTION', 'QĐ 23/QĐ-TTg; TT 13/2021/TT-BLĐTBXH', 0, 100, true, 302),
('BV-03', 'Tỷ lệ trẻ em bị xâm hại trên tổng số trẻ em', 'PERCENT',
 'Số trẻ em bị xâm hại được phát hiện trong kỳ', 'Tổng số trẻ em', 'trẻ em',
 'LOWER_IS_BETTER', 'PROTECTION', 'QĐ 23/QĐ-TTg', 0, 5, true, 303),
('BV-04', 'Số vụ xâm hại trẻ em', 'COUNT',
 'Số vụ xâm hại trẻ em được phát hiện trong kỳ', null, 'vụ',
 'LOWER_IS_BETTER', 'PROTECTION', 'TT 13/2021/TT-BLĐTBXH', 0, null, true, 304),
('BV-05', 'Số trẻ em bị xâm hại', 'COUNT',
 'Số trẻ em bị xâm hại được phát hiện trong kỳ', null, 'trẻ em',
 'LOWER_IS_BETTER', 'PROTECTION', 'TT 13/2021/TT-BLĐTBXH', 0, null, true, 305),
('BV-06', 'Tỷ lệ trẻ em bị xâm hại, bạo lực được phát hiện được can thiệp, tư vấn, trợ giúp kịp thời', 'PERCENT',
 'Số trẻ em bị xâm hại, bạo lực được can thiệp, tư vấn, trợ giúp kịp thời', 'Số trẻ em bị xâm hại, bạo lực được phát hiện',
 'trẻ em', 'HIGHER_IS_BETTER', 'PROTECTION', 'Kế hoạch xã/phường', 0, 100, true, 306),
('BV-07', 'Tỷ suất trẻ em bị tai nạn, thương tích', 'PER_100K',
 'Số trẻ em bị tai nạn, thương tích trong kỳ', 'Tổng số trẻ em', 'trẻ em',
 'LOWER_IS_BETTER', 'PROTECTION', 'QĐ 23/QĐ-TTg', 0, 5000, true, 307),
('BV-08', 'Tỷ suất trẻ em tử vong do tai nạn, thương tích', 'PER_100K',
 'Số trẻ em tử vong do tai nạn, thương tích trong kỳ', 'Tổng số trẻ em', 'trẻ em',
 'LOWER_IS_BETTER', 'PROTECTION', 'QĐ 23/QĐ-TTg', 0, 200, true, 308),
('BV-09', 'Số trẻ em tử vong do tai nạn, thương tích', 'COUNT',
 'Số trẻ em tử vong do tai nạn, thương tích trong kỳ', null, 'trẻ em',
 'LOWER_IS_BETTER', 'PROTECTION', 'Kế hoạch xã/phường', 0, null, true, 309),
('BV-10', 'Số trẻ em tử vong do đuối nước', 'COUNT',
 'Số trẻ em tử vong do đuối nước trong kỳ', null, 'trẻ em',
 'LOWER_IS_BETTER', 'PROTECTION', 'Kế hoạch xã/phường', 0, null, true, 310),
('BV-11', 'Tỷ lệ lao động trẻ em trong độ tuổi từ 5 đến 17 tuổi', 'PERCENT',
 'Số trẻ em từ 5 đến 17 tuổi là lao động trẻ em', 'Tổng số trẻ em từ 5 đến 17 tuổi', 'trẻ em',
 'LOWER_IS_BETTER', 'PROTECTION', 'QĐ 23/QĐ-TTg', 0, 100, true, 311),
('BV-12', 'Tỷ lệ trẻ em có nguy cơ, lao động trẻ em, trẻ em bị mua bán vì mục đích bóc lột sức lao động được hỗ trợ, can thiệp kịp thời', 'PERCENT',
 'Số trẻ em có nguy cơ, lao động trẻ em, trẻ em bị mua bán vì mục đích bóc lột sức lao động được hỗ trợ, can thiệp, quản lý, theo dõi',
 'Số trẻ em có nguy cơ, lao động trẻ em, trẻ em bị mua bán vì mục đích bóc lột sức lao động được thông báo', 'trẻ em',
 'HIGHER_IS_BETTER', 'PROTECTION', 'Chương trình phòng ngừa, giảm thiểu lao động trẻ em', 0, 100, true, 312),
('BV-13', 'Tỷ lệ trẻ em bị ảnh hưởng bởi thiên tai, thảm họa được cứu trợ, hỗ trợ kịp thời', 'PERCENT',
 'Số trẻ em bị ảnh hưởng bởi thiên tai, thảm họa được cứu trợ, hỗ trợ kịp thời', 'Số trẻ em bị ảnh hưởng bởi thiên tai, thảm họa',
 'trẻ em', 'HIGHER_IS_BETTER', 'PROTECTION', 'QĐ 23/QĐ-TTg', 0, 100, true, 313),
('BV-14', 'Số trẻ em tảo hôn', 'COUNT',
 'Số trẻ em kết hôn khi chưa đủ tuổi kết hôn trong kỳ', null, 'trẻ em',
 'LOWER_IS_BETTER', 'PROTECTION', 'QĐ 23/QĐ-TTg', 0, null, true, 314),
('BV-15', 'Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh', 'PERCENT',
 'Số trẻ em dưới 5 tuổi đã được đăng ký khai sinh', 'Tổng số trẻ em dưới 5 tuổi', 'trẻ em',
 'HIGHER_IS_BETTER', 'PROTECTION', 'QĐ 23/QĐ-TTg', 0, 100, true, 315),
('BV-16', 'Tỷ lệ trẻ em được đăng ký khai sinh đúng hạn', 'PERCENT',
 'Số trẻ em được đăng ký khai sinh đúng thời hạn luật định', 'Số trẻ em sinh ra trong kỳ', 'trẻ em',
 'HIGHER_IS_BETTER', 'PROTECTION', 'Kế hoạch xã/phường', 0, 100, true, 316),
('BV-17', 'Tỷ lệ trẻ em khuyết tật được tiếp cận các dịch vụ bảo vệ, chăm sóc, giáo dục tại cộng đồng', 'PERCENT',
 'Số trẻ em khuyết tật được tiếp cận dịch vụ bảo vệ, chăm sóc, giáo dục tại cộng đồng', 'Tổng số trẻ em khuyết tật',
 'trẻ em', 'HIGHER_IS_BETTER', 'PROTECTION',
 'Đề án chăm sóc, hỗ trợ trẻ em khuyết tật tiếp cận các dịch vụ bảo vệ, chăm sóc, giáo dục tại cộng đồng',
 0, 100, true, 317);

insert into indicator (code, name, measure, numerator, denominator, count_unit, direction, indicator_group,
                       source, plausible_min, plausible_max, active, position) values
-- Giáo dục (EDUCATION)
('GD-01', 'Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo', 'PERCENT',
 'Số trẻ em 5 tuổi đi học mẫu giáo', 'Tổng số trẻ em 5 tuổi', 'trẻ em',
 'HIGHER_IS_BETTER', 'EDUCATION', 'QĐ 23/QĐ-TTg', 0, 100, true, 401),
('GD-02', 'Tỷ lệ trẻ em hoàn thành chương trình giáo dục tiểu học', 'PERCENT',
 'Số học sinh hoàn thành chương trình tiểu học', 'Số học sinh lớp 5 cuối năm học', 'trẻ em',
 'HIGHER_IS_BETTER', 'EDUCATION', 'QĐ 23/QĐ-TTg', 0, 100, true, 402),
('GD-03', 'Tỷ lệ trẻ em hoàn thành chương trình giáo dục trung học cơ sở', 'PERCENT',
 'Số học sinh hoàn thành chương trình trung học cơ sở', 'Số học sinh lớp 9 cuối năm học', 'trẻ em',
 'HIGHER_IS_BETTER', 'EDUCATION', 'QĐ 23/QĐ-TTg', 0, 100, true, 403),
('GD-04', 'Tỷ lệ học sinh bỏ học cấp tiểu học và trung học cơ sở', 'PERCENT',
 'Số học sinh tiểu học và trung học cơ sở bỏ học trong năm học', 'Số học sinh tiểu học và trung học cơ sở đầu năm học',
 'trẻ em', 'LOWER_IS_BETTER', 'EDUCATION', 'QĐ 23/QĐ-TTg', 0, 30, true, 404),
('GD-05', 'Tỷ lệ trường học có hoạt động tư vấn tâm lý cho học sinh', 'PERCENT',
 'Số trường học có hoạt động tư vấn tâm lý cho học sinh', 'Tổng số trường học', 'trường',
 'HIGHER_IS_BETTER', 'EDUCATION', 'QĐ 23/QĐ-TTg', 0, 100, true, 405),
('GD-06', 'Tỷ lệ trường học có cơ sở vật chất phù hợp cho học sinh khuyết tật', 'PERCENT',
 'Số trường học có cơ sở vật chất, điều kiện phù hợp cho học sinh khuyết tật', 'Tổng số trường học', 'trường',
 'HIGHER_IS_BETTER', 'EDUCATION', 'QĐ 23/QĐ-TTg', 0, 100, true, 406),
('GD-07', 'Tỷ lệ trẻ em khuyết tật được tiếp cận giáo dục phù hợp', 'PERCENT',
 'Số trẻ em khuyết tật trong độ tuổi đi học được tiếp cận giáo dục phù hợp', 'Số trẻ em khuyết tật trong độ tuổi đi học',
 'trẻ em', 'HIGHER_IS_BETTER', 'EDUCATION', 'QĐ 23/QĐ-TTg', 0, 100, true, 407);

insert into indicator (code, name, measure, numerator, denominator, count_unit, direction, indicator_group,
                       source, plausible_min, plausible_max, active, position) values
-- Văn hóa, vui chơi (CULTURE_PLAY)
('VH-01', 'Xã, phường có điểm vui chơi dành cho trẻ em', 'YES_NO',
 null, null, 'xã',
 'HIGHER_IS_BETTER', 'CULTURE_PLAY', 'QĐ 23/QĐ-TTg', null, null, true, 501),
('VH-02', 'Số điểm vui chơi, giải trí dành cho trẻ em', 'COUNT',
 'Số điểm vui chơi, giải trí, sinh hoạt văn hóa dành cho trẻ em trên địa bàn', null, 'điểm',
 'HIGHER_IS_BETTER', 'CULTURE_PLAY', 'TT 13/2021/TT-BLĐTBXH', 0, null, true, 502),
('VH-03', 'Tỷ lệ trẻ em từ 6 tuổi trở lên được học bơi, kỹ năng an toàn trong môi trường nước', 'PERCENT',
 'Số trẻ em từ 6 tuổi trở lên được học bơi, kỹ năng an toàn trong môi trường nước', 'Số trẻ em từ 6 tuổi trở lên',
 'trẻ em', 'HIGHER_IS_BETTER', 'CULTURE_PLAY', 'Kế hoạch xã/phường', 0, 100, true, 503);

insert into indicator (code, name, measure, numerator, denominator, count_unit, direction, indicator_group,
                       source, plausible_min, plausible_max, active, position) values
-- Tham gia (PARTICIPATION)
('TG-01', 'Tỷ lệ chính sách, pháp luật về trẻ em có tham vấn ý kiến của trẻ em', 'PERCENT',
 'Số chính sách, văn bản về trẻ em có tham vấn ý kiến của trẻ em', 'Số chính sách, văn bản về trẻ em được xây dựng, ban hành',
 'văn bản', 'HIGHER_IS_BETTER', 'PARTICIPATION',
 'Chương trình thúc đẩy quyền tham gia của trẻ em vào các vấn đề về trẻ em', 0, 100, true, 601),
('TG-02', 'Tỷ lệ trẻ em từ 7 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em', 'PERCENT',
 'Số trẻ em từ 7 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em với hình thức phù hợp', 'Số trẻ em từ 7 tuổi trở lên',
 'trẻ em', 'HIGHER_IS_BETTER', 'PARTICIPATION', 'QĐ 23/QĐ-TTg', 0, 100, true, 602),
('TG-03', 'Tỷ lệ trẻ em được biết về quyền tham gia của trẻ em', 'PERCENT',
 'Số trẻ em được cung cấp thông tin, biết về quyền tham gia', 'Tổng số trẻ em', 'trẻ em',
 'HIGHER_IS_BETTER', 'PARTICIPATION', 'QĐ 23/QĐ-TTg', 0, 100, true, 603),
('TG-04', 'Tỷ lệ trẻ em từ 11 tuổi trở lên tham gia các mô hình, hoạt động thúc đẩy quyền tham gia', 'PERCENT',
 'Số trẻ em từ 11 tuổi trở lên tham gia các mô hình, hoạt động thúc đẩy quyền tham gia', 'Số trẻ em từ 11 tuổi trở lên',
 'trẻ em', 'HIGHER_IS_BETTER', 'PARTICIPATION', 'QĐ 23/QĐ-TTg', 0, 100, true, 604),
('TG-05', 'Số diễn đàn trẻ em được tổ chức', 'COUNT',
 'Số diễn đàn, hội nghị lắng nghe ý kiến, nguyện vọng của trẻ em được tổ chức trong kỳ', null, 'diễn đàn',
 'HIGHER_IS_BETTER', 'PARTICIPATION', 'Kế hoạch xã/phường', 0, null, true, 605);

insert into indicator (code, name, measure, numerator, denominator, count_unit, direction, indicator_group,
                       source, plausible_min, plausible_max, active, position) values
-- Năng lực, truyền thông (CAPACITY): what local plans set for their own staff, families and units
('NL-01', 'Tỷ lệ đơn vị ban hành kế hoạch triển khai công tác trẻ em', 'PERCENT',
 'Số đơn vị ban hành kế hoạch triển khai nhiệm vụ, chỉ tiêu công tác trẻ em', 'Số đơn vị được giao nhiệm vụ', 'đơn vị',
 'HIGHER_IS_BETTER', 'CAPACITY', 'Kế hoạch xã/phường', 0, 100, true, 701),
('NL-02', 'Tỷ lệ cán bộ làm công tác trẻ em cấp xã, thôn được nâng cao năng lực về bảo vệ trẻ em, thực hiện quyền trẻ em', 'PERCENT',
 'Số cán bộ làm công tác trẻ em cấp xã, thôn được tập huấn, nâng cao năng lực', 'Số cán bộ làm công tác trẻ em cấp xã, thôn',
 'cán bộ', 'HIGHER_IS_BETTER', 'CAPACITY', 'Kế hoạch xã/phường', 0, 100, true, 702),
('NL-03', 'Tỷ lệ gia đình có trẻ em được cung cấp kiến thức, kỹ năng về bảo vệ trẻ em', 'PERCENT',
 'Số hộ gia đình có trẻ em được cung cấp kiến thức, kỹ năng về bảo vệ trẻ em', 'Số hộ gia đình có trẻ em',
 'hộ gia đình', 'HIGHER_IS_BETTER', 'CAPACITY', 'Kế hoạch xã/phường', 0, 100, true, 703),
('NL-04', 'Tỷ lệ cán bộ làm công tác trẻ em cấp xã được tập huấn kỹ năng phòng, chống tai nạn, thương tích cho trẻ em', 'PERCENT',
 'Số cán bộ làm công tác trẻ em cấp xã được tập huấn về phòng, chống tai nạn, thương tích', 'Số cán bộ làm công tác trẻ em cấp xã',
 'cán bộ', 'HIGHER_IS_BETTER', 'CAPACITY', 'Kế hoạch xã/phường', 0, 100, true, 704),
('NL-05', 'Tỷ lệ cán bộ làm công tác trẻ em, cha mẹ, người chăm sóc trẻ em được cung cấp kiến thức, kỹ năng chăm sóc phát triển toàn diện trẻ em', 'PERCENT',
 'Số cán bộ làm công tác trẻ em tại cộng đồng, cha mẹ, người chăm sóc trẻ em được cung cấp kiến thức, kỹ năng',
 'Số cán bộ làm công tác trẻ em tại cộng đồng, cha mẹ, người chăm sóc trẻ em đến 8 tuổi', 'người',
 'HIGHER_IS_BETTER', 'CAPACITY',
 'Đề án chăm sóc vì sự phát triển toàn diện trẻ em trong những năm đầu đời tại gia đình và cộng đồng', 0, 100, true, 705),
('NL-06', 'Tỷ lệ trẻ em khuyết tật được cung cấp kiến thức, kỹ năng hòa nhập cộng đồng', 'PERCENT',
 'Số trẻ em khuyết tật được cung cấp kiến thức, kỹ năng hòa nhập cộng đồng phù hợp', 'Tổng số trẻ em khuyết tật', 'trẻ em',
 'HIGHER_IS_BETTER', 'CAPACITY',
 'Đề án chăm sóc, hỗ trợ trẻ em khuyết tật tiếp cận các dịch vụ bảo vệ, chăm sóc, giáo dục tại cộng đồng', 0, 100, true, 706),
('NL-07', 'Tỷ lệ cha mẹ, người chăm sóc trẻ em khuyết tật được cung cấp kiến thức, kỹ năng hỗ trợ trẻ tiếp cận dịch vụ', 'PERCENT',
 'Số cha mẹ, người chăm sóc trẻ em khuyết tật được cung cấp kiến thức, kỹ năng hỗ trợ trẻ tiếp cận dịch vụ bảo vệ, chăm sóc, giáo dục',
 'Số cha mẹ, người chăm sóc trẻ em khuyết tật', 'người', 'HIGHER_IS_BETTER', 'CAPACITY',
 'Đề án chăm sóc, hỗ trợ trẻ em khuyết tật tiếp cận các dịch vụ bảo vệ, chăm sóc, giáo dục tại cộng đồng', 0, 100, true, 707),
('NL-08', 'Tỷ lệ trẻ em, cha mẹ, người chăm sóc trẻ em được cung cấp thông tin, kiến thức về phòng ngừa, giảm thiểu lao động trẻ em', 'PERCENT',
 'Số trẻ em, cha mẹ, người chăm sóc trẻ em được cung cấp thông tin, kiến thức về phòng ngừa, giảm thiểu lao động trẻ em',
 'Số trẻ em, cha mẹ, người chăm sóc trẻ em trên địa bàn', 'người', 'HIGHER_IS_BETTER', 'CAPACITY',
 'Chương trình phòng ngừa, giảm thiểu lao động trẻ em', 0, 100, true, 708),
('NL-09', 'Tỷ lệ công chức, viên chức được tập huấn về quản lý, phòng ngừa, hỗ trợ, can thiệp giảm thiểu lao động trẻ em', 'PERCENT',
 'Số công chức, viên chức xã và cơ quan, tổ chức liên quan được tập huấn về lao động trẻ em',
 'Số công chức, viên chức xã và cơ quan, tổ chức có liên quan đến vấn đề lao động trẻ em', 'cán bộ',
 'HIGHER_IS_BETTER', 'CAPACITY', 'Chương trình phòng ngừa, giảm thiểu lao động trẻ em', 0, 100, true, 709);
