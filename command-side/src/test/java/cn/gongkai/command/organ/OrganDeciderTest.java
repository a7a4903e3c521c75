package cn.gongkai.command.organ;

import cn.gongkai.command.rules.DeciderSpec;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.organ.OrganRegistered;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** An organ's registration, without Axon: the latest registration counts. */
class OrganDeciderTest {

    static final OrganId COUNTY = OrganId.of("county");
    static final OrganId BUREAU = OrganId.of("county-bureau");

    final DeciderSpec<RegisterOrgan, OrganRegistered, OrganRegistered> spec =
            DeciderSpec.of(OrganDecider.INSTANCE, LocalDate.of(2025, 6, 30));

    @Test
    void a_renamed_organ_renamed_back_is_registered_again() {
        OrganRegistered first = new OrganRegistered(BUREAU, "某县教育局", COUNTY);
        OrganRegistered renamed = new OrganRegistered(BUREAU, "某县教育体育局", COUNTY);
        spec.given(first, renamed).when(new RegisterOrgan(BUREAU, "某县教育体育局", COUNTY)).thenNothing();
        spec.given(first, renamed).when(new RegisterOrgan(BUREAU, "某县教育局", COUNTY)).then(first);
    }

    @Test
    void an_organ_cannot_be_its_own_parent() {
        spec.givenNoEvents().when(new RegisterOrgan(COUNTY, "某县人民政府", COUNTY))
                .thenRefused("SELF_PARENT", false, "organ county cannot be its own parent");
    }
}
