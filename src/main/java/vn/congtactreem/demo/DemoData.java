package vn.congtactreem.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.SystemAuthentication;

/**
 * Demo organisations and users from the three seed plans, loaded on the first start of the dev
 * profile only (the default run). Every demo account's password is {@value #PASSWORD}.
 */
@Component
@Profile("dev")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo123";
    /** Communes of Tân Yên besides An Dương: name, slug of the usernames, officer, leader. */
    static final List<String[]> OTHER_TAN_YEN_COMMUNES = List.of(
            new String[] {"Cao Xá", "caoxa", "Nguyễn Văn Thắng", "Hoàng Văn Sơn"},
            new String[] {"Liên Chung", "lienchung", "Phạm Thị Nga", "Nguyễn Đức Toàn"},
            new String[] {"Ngọc Thiện", "ngocthien", "Vi Thị Hương", "Dương Văn Quý"},
            new String[] {"Phúc Hòa", "phuchoa", "Thân Thị Loan", "Giáp Văn Hùng"});

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final OrgService orgs;
    private final UserService users;
    private final TransactionTemplate transaction;

    DemoData(OrgService orgs, UserService users, TransactionTemplate transaction) {
        this.orgs = orgs;
        this.users = users;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!orgs.children(null).isEmpty()) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> transaction.execute(status -> {
            load();
            return null;
        }));
        LOG.info("Demo data loaded: organisations of the seed plans, users with password {}", PASSWORD);
    }

    private void load() {
        // Kế hoạch 50/KH-UBND huyện Tân Yên → xã An Dương
        OrgUnit bacGiang = orgs.createArea(null, "Tỉnh Bắc Giang", "PROVINCE");
        OrgUnit tanYen = orgs.createArea(bacGiang.id(), "Huyện Tân Yên", "DISTRICT");
        OrgUnit labour = orgs.createAgency(tanYen.id(), "Phòng Lao động - Thương binh và Xã hội huyện Tân Yên",
                "DEPARTMENT");
        OrgUnit education = orgs.createAgency(tanYen.id(), "Phòng Giáo dục và Đào tạo huyện Tân Yên", "DEPARTMENT");
        OrgUnit anDuong = orgs.createArea(tanYen.id(), "Xã An Dương", "COMMUNE");
        Map<String, OrgUnit> anDuongAgencies = Map.of(
                "police", orgs.createAgency(anDuong.id(), "Công an xã An Dương", "POLICE"),
                "health", orgs.createAgency(anDuong.id(), "Trạm Y tế xã An Dương", "HEALTH"));
        orgs.createAgency(anDuong.id(), "Trường Mầm non An Dương", "SCHOOL");
        orgs.createAgency(anDuong.id(), "Trường Tiểu học An Dương", "SCHOOL");
        OrgUnit secondarySchool = orgs.createAgency(anDuong.id(), "Trường THCS An Dương", "SCHOOL");
        orgs.createAgency(anDuong.id(), "Tư pháp - Hộ tịch xã An Dương", "JUSTICE");
        orgs.createAgency(anDuong.id(), "Văn hóa - Thông tin xã An Dương", "CULTURE");
        orgs.createAgency(anDuong.id(), "Tài chính - Kế toán xã An Dương", "FINANCE");
        orgs.createAgency(anDuong.id(), "Đài truyền thanh xã An Dương", "RADIO");
        orgs.createAgency(anDuong.id(), "Đoàn Thanh niên xã An Dương", "YOUTH_UNION");
        orgs.createAgency(anDuong.id(), "Hội Liên hiệp Phụ nữ xã An Dương", "WOMEN_UNION");
        orgs.createAgency(anDuong.id(), "Ủy ban MTTQ xã An Dương", "FATHERLAND");
        // the seed plan addresses "Trưởng thôn" without naming the villages: numbered here
        IntStream.rangeClosed(1, 6).forEach(i -> orgs.createArea(anDuong.id(), "Thôn " + i, "VILLAGE"));

        // more communes of Tân Yên assigned by the district's plan, each running its own cycle
        List<UserForm> communeUsers = new java.util.ArrayList<>();
        for (String[] commune : OTHER_TAN_YEN_COMMUNES) {
            OrgUnit area = orgs.createArea(tanYen.id(), "Xã " + commune[0], "COMMUNE");
            OrgUnit police = orgs.createAgency(area.id(), "Công an xã " + commune[0], "POLICE");
            OrgUnit health = orgs.createAgency(area.id(), "Trạm Y tế xã " + commune[0], "HEALTH");
            String slug = commune[1];
            communeUsers.add(user("canbo." + slug, commune[2], area, Role.OFFICER));
            communeUsers.add(user("lanhdao." + slug, commune[3], area, Role.LEADER));
            if (slug.equals("caoxa")) {
                communeUsers.add(user("congan." + slug, "Ngô Văn Bình", police, Role.REPORTER));
                communeUsers.add(user("yte." + slug, "Đặng Thị Thu", health, Role.REPORTER));
            }
        }
        communeUsers.add(user("ldtbxh.tanyen", "Nguyễn Thị Hằng", labour, Role.REPORTER));
        communeUsers.add(user("gddt.tanyen", "Trần Quốc Việt", education, Role.REPORTER));
        communeUsers.add(user("quanly.bacgiang", "Lê Thị Thanh", bacGiang, Role.MANAGER));

        // Kế hoạch của UBND phường Nguyễn Nghiêm, TP Quảng Ngãi (04 tổ dân phố)
        OrgUnit quangNgai = orgs.createArea(null, "Tỉnh Quảng Ngãi", "PROVINCE");
        OrgUnit tpQuangNgai = orgs.createArea(quangNgai.id(), "Thành phố Quảng Ngãi", "DISTRICT");
        OrgUnit nguyenNghiem = orgs.createArea(tpQuangNgai.id(), "Phường Nguyễn Nghiêm", "COMMUNE");
        villages(nguyenNghiem, 4);
        orgs.createAgency(nguyenNghiem.id(), "Công an phường Nguyễn Nghiêm", "POLICE");
        orgs.createAgency(nguyenNghiem.id(), "Trạm Y tế phường Nguyễn Nghiêm", "HEALTH");

        // Kế hoạch 2025 của UBND phường Phú La, quận Hà Đông (12 tổ dân phố)
        OrgUnit haNoi = orgs.createArea(null, "Thành phố Hà Nội", "PROVINCE");
        OrgUnit haDong = orgs.createArea(haNoi.id(), "Quận Hà Đông", "DISTRICT");
        OrgUnit phuLa = orgs.createArea(haDong.id(), "Phường Phú La", "COMMUNE");
        villages(phuLa, 12);
        orgs.createAgency(phuLa.id(), "Công an phường Phú La", "POLICE");
        orgs.createAgency(phuLa.id(), "Trạm Y tế phường Phú La", "HEALTH");
        orgs.createAgency(phuLa.id(), "Đoàn Thanh niên phường Phú La", "YOUTH_UNION");
        orgs.createAgency(phuLa.id(), "Hội Liên hiệp Phụ nữ phường Phú La", "WOMEN_UNION");

        List.of(
                new UserForm("admin", "Quản trị hệ thống", "admin@congtactreem.local", bacGiang.id(),
                        Set.of(Role.ADMIN), PASSWORD),
                new UserForm("canbo.anduong", "Nguyễn Thị Hoa", "canbo.anduong@congtactreem.local", anDuong.id(),
                        Set.of(Role.OFFICER), PASSWORD),
                new UserForm("lanhdao.anduong", "Lục Xuân Đức", "lanhdao.anduong@congtactreem.local", anDuong.id(),
                        Set.of(Role.LEADER), PASSWORD),
                new UserForm("congan.anduong", "Trần Văn Nam", "congan.anduong@congtactreem.local",
                        anDuongAgencies.get("police").id(), Set.of(Role.REPORTER), PASSWORD),
                new UserForm("yte.anduong", "Lê Thị Mai", "yte.anduong@congtactreem.local",
                        anDuongAgencies.get("health").id(), Set.of(Role.REPORTER), PASSWORD),
                new UserForm("thcs.anduong", "Vũ Thị Lan", "thcs.anduong@congtactreem.local",
                        secondarySchool.id(), Set.of(Role.REPORTER), PASSWORD),
                new UserForm("canbo.tanyen", "Phạm Văn Long", "canbo.tanyen@congtactreem.local", tanYen.id(),
                        Set.of(Role.OFFICER), PASSWORD),
                new UserForm("lanhdao.tanyen", "Đỗ Văn Hải", "lanhdao.tanyen@congtactreem.local", tanYen.id(),
                        Set.of(Role.LEADER), PASSWORD),
                new UserForm("quanly.tanyen", "Hoàng Minh Tuấn", "quanly.tanyen@congtactreem.local", tanYen.id(),
                        Set.of(Role.MANAGER), PASSWORD))
                .forEach(users::createDemoAccount);
        communeUsers.forEach(users::createDemoAccount);
    }

    private static UserForm user(String username, String name, OrgUnit unit, Role role) {
        return new UserForm(username, name, username + "@congtactreem.local", unit.id(), Set.of(role), PASSWORD);
    }

    private void villages(OrgUnit ward, int count) {
        IntStream.rangeClosed(1, count).forEach(i -> orgs.createArea(ward.id(), "Tổ dân phố " + i, "VILLAGE"));
    }
}
