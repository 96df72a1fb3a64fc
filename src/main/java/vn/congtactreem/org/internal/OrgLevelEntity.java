package vn.congtactreem.org.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.congtactreem.org.OrgLevel;

@Entity
@Table(name = "org_level")
public class OrgLevelEntity {

    @Id
    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "depth_rank")
    private int rank;

    protected OrgLevelEntity() {
    }

    public OrgLevel toOrgLevel() {
        return new OrgLevel(code, nameVi, nameEn, rank);
    }
}
