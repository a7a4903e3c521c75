package cn.gongkai.command.organ;

import cn.gongkai.command.rules.AggregateTargetResolver;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.organ.OrganRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** An organ is registered; the same registration again changes nothing; a new name or parent is recorded. */
class OrganAggregateTest {

    static final OrganId COUNTY = OrganId.of("county");
    static final OrganId BUREAU = OrganId.of("county-bureau");

    FixtureConfiguration<OrganAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrganAggregate.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), ZoneOffset.UTC));
        fixture.registerCommandTargetResolver(new AggregateTargetResolver());
    }

    @Test
    void an_organ_is_registered_and_the_same_registration_again_changes_nothing() {
        fixture.givenNoPriorActivity().when(new RegisterOrgan(BUREAU, "某县教育局", COUNTY))
                .expectEvents(new OrganRegistered(BUREAU, "某县教育局", COUNTY));
        fixture.given(new OrganRegistered(BUREAU, "某县教育局", COUNTY))
                .when(new RegisterOrgan(BUREAU, "某县教育局", COUNTY)).expectNoEvents();
    }

    @Test
    void a_new_name_is_recorded_as_a_new_registration() {
        fixture.given(new OrganRegistered(BUREAU, "某县教育局", COUNTY))
                .when(new RegisterOrgan(BUREAU, "某县教育体育局", COUNTY))
                .expectEvents(new OrganRegistered(BUREAU, "某县教育体育局", COUNTY));
    }

    @Test
    void an_organ_cannot_be_its_own_parent() {
        fixture.givenNoPriorActivity().when(new RegisterOrgan(COUNTY, "某县人民政府", COUNTY))
                .expectException(RuleViolation.class);
    }
}
