package vn.congtactreem.org.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.congtactreem.org.AdminUnitKind;

@Entity
@Table(name = "admin_unit_kind")
public class AdminUnitKindEntity {

    @Id
    private String code;

    @Column(name = "level_code")
    private String levelCode;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    private int position;

    protected AdminUnitKindEntity() {
    }

    public int getPosition() {
        return position;
    }

    public AdminUnitKind toAdminUnitKind() {
        return new AdminUnitKind(code, levelCode, nameVi, nameEn);
    }
}
