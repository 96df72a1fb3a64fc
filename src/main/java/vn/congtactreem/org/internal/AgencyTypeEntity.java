package vn.congtactreem.org.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.congtactreem.org.AgencyType;

@Entity
@Table(name = "agency_type")
public class AgencyTypeEntity {

    @Id
    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    protected AgencyTypeEntity() {
    }

    public AgencyType toAgencyType() {
        return new AgencyType(code, nameVi, nameEn);
    }
}
