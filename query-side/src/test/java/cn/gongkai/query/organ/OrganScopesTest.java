package cn.gongkai.query.organ;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrganScopesTest {

    private static final List<Organ> PROVINCE = List.of(
            new Organ("gov", "省政府", null),
            new Organ("city-a", "甲市", "gov"),
            new Organ("city-b", "乙市", "gov"),
            new Organ("county-a1", "甲市一县", "city-a"),
            new Organ("office-a1", "甲市一县办", "county-a1"),
            new Organ("elsewhere", "他省", null));

    @Test
    void given_a_province_when_the_subtree_of_a_city_is_asked_then_it_holds_the_city_first_and_every_organ_under_it() {
        assertThat(OrganScopes.subtree("city-a", PROVINCE)).containsExactly("city-a", "county-a1", "office-a1");
    }

    @Test
    void given_a_province_when_the_subtree_of_its_government_is_asked_then_it_holds_every_organ_but_another_root() {
        assertThat(OrganScopes.subtree("gov", PROVINCE)).startsWith("gov")
                .containsExactlyInAnyOrder("gov", "city-a", "city-b", "county-a1", "office-a1");
    }

    @Test
    void given_an_organ_without_subordinates_when_its_subtree_is_asked_then_it_is_the_organ_alone() {
        assertThat(OrganScopes.subtree("city-b", PROVINCE)).containsExactly("city-b");
    }

    @Test
    void given_parents_that_name_each_other_when_a_subtree_is_asked_then_each_organ_is_covered_once() {
        List<Organ> circular = List.of(new Organ("a", "甲", "b"), new Organ("b", "乙", "a"));

        assertThat(OrganScopes.subtree("a", circular)).containsExactly("a", "b");
    }
}
