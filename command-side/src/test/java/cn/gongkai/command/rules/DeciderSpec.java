package cn.gongkai.command.rules;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Given-when-then for a {@link Decider} alone, without Axon: given past events (folded by {@code evolve}), when a
 * command judged on a fixed day, then the events it yields, none, or a refusal with its rule and reason.
 */
public final class DeciderSpec<C, S, E> {

    private final Decider<C, S, E> decider;
    private final LocalDate today;

    private DeciderSpec(Decider<C, S, E> decider, LocalDate today) {
        this.decider = decider;
        this.today = today;
    }

    public static <C, S, E> DeciderSpec<C, S, E> of(Decider<C, S, E> decider, LocalDate today) {
        return new DeciderSpec<>(decider, today);
    }

    public When givenNoEvents() {
        return new When(decider.initialState());
    }

    @SafeVarargs
    public final When given(E... events) {
        S state = decider.initialState();
        for (E event : events) {
            state = decider.evolve(state, event);
        }
        return new When(state);
    }

    /** The state the given events left. */
    public final class When {

        private final S state;

        private When(S state) {
            this.state = state;
        }

        public S state() {
            return state;
        }

        public Then when(C command) {
            return new Then(state, command);
        }
    }

    /** What the decider answers to the command. */
    public final class Then {

        private final S state;
        private final C command;

        private Then(S state, C command) {
            this.state = state;
            this.command = command;
        }

        @SafeVarargs
        public final void then(E... events) {
            assertThat(decider.decide(command, state, today)).containsExactly(events);
        }

        public void thenNothing() {
            assertThat(decider.decide(command, state, today)).isEmpty();
        }

        public void thenRefused(String rule, boolean conflict, String reason) {
            assertThatThrownBy(() -> decider.decide(command, state, today))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                        assertThat(violation.rule()).isEqualTo(rule);
                        assertThat(violation.conflict()).as("conflict").isEqualTo(conflict);
                    })
                    .hasMessage(reason);
        }

        public List<E> events() {
            return decider.decide(command, state, today);
        }
    }
}
