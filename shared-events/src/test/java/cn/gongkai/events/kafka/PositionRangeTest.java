package cn.gongkai.events.kafka;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PositionRangeTest {

    @Test
    void given_ranges_written_with_commas_when_read_back_then_they_are_the_same_ranges() {
        List<PositionRange> ranges = List.of(new PositionRange(1, 4), new PositionRange(7, 7));

        assertThat(PositionRange.format(ranges)).isEqualTo("1-4,7");
        assertThat(PositionRange.parseList("1-4,7")).isEqualTo(ranges);
        assertThat(PositionRange.parseList("")).isEmpty();
        assertThat(PositionRange.count(ranges)).isEqualTo(5);
    }

    @Test
    void given_a_range_below_the_first_position_or_backwards_then_it_cannot_exist() {
        assertThatThrownBy(() -> new PositionRange(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PositionRange.parse("9-3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PositionRange.parse("x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void given_overlapping_and_touching_ranges_when_merged_then_each_position_is_in_one_range() {
        assertThat(PositionRange.merge(PositionRange.parseList("8-9,5-7,6-6,12-14,15")))
                .isEqualTo(PositionRange.parseList("5-9,12-15"));
    }

    @Test
    void given_gaps_in_a_copy_when_the_absent_positions_are_taken_out_then_what_is_left_is_missing() {
        List<PositionRange> gaps = PositionRange.parseList("1-10,20-25,30");

        assertThat(PositionRange.minus(gaps, PositionRange.parseList("3-4,8-12,20-25")))
                .isEqualTo(PositionRange.parseList("1-2,5-7,30"));
        assertThat(PositionRange.minus(gaps, List.of())).isEqualTo(gaps);
        assertThat(new PositionRange(5, 9).within(7, 20)).contains(new PositionRange(7, 9));
        assertThat(new PositionRange(5, 9).within(10, 20)).isEmpty();
    }
}
