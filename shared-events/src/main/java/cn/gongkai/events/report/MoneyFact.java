package cn.gongkai.events.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An amount of money in yuan on a day: a fee collected, a processing fee charged or paid. The amount is kept to the
 * fen (two decimals, rounded half up, as the read models' {@code numeric(20, 2)} keeps it), so that a sum tallied
 * from the events reads the same as one tallied from the read models: 600.00, not 600.
 */
public record MoneyFact(LocalDate on, BigDecimal amountYuan) {

    public MoneyFact {
        amountYuan = Objects.requireNonNull(amountYuan, "amountYuan").setScale(2, RoundingMode.HALF_UP);
    }
}
