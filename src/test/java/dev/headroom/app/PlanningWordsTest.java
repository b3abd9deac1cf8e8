package dev.headroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.Autoscale;
import dev.headroom.model.Component;
import dev.headroom.model.Kind;
import org.junit.jupiter.api.Test;

/** How the plan's changes name a sizing. */
class PlanningWordsTest {

    @Test
    void aFixedTierIsItsTypeAndCount() {
        Component db = Component.builder("db", Kind.DATABASE).serviceTimeMs(2)
                .instanceType("db.m6g.xlarge").instances(2).build();
        assertThat(Planning.sizing(db, null)).isEqualTo("db.m6g.xlarge \u00d7 2");
    }

    @Test
    void anAutoscaledTierGivesItsRange() {
        Component web = Component.builder("web", Kind.SERVICE).serviceTimeMs(20)
                .instanceType("m6i.large").autoscale(new Autoscale(2, 25, 0.6)).build();
        assertThat(Planning.sizing(web, null)).isEqualTo("m6i.large autoscaled 2\u201325");
    }

    @Test
    void anAutoscalerWithNoRoomIsNotCalledARangeOfOne() {
        Component web = Component.builder("web", Kind.SERVICE).serviceTimeMs(20)
                .instanceType("c7a.medium").autoscale(new Autoscale(2, 2, 0.6)).build();
        assertThat(Planning.sizing(web, null))
                .isEqualTo("c7a.medium \u00d7 2 (autoscaler's min and max)");
    }
}
