package cn.gongkai.events.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An amount of money in yuan on a day: a fee collected, a processing fee charged or paid. */
public record MoneyFact(LocalDate on, BigDecimal amountYuan) {
}
