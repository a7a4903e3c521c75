package cn.gongkai.events.proactive;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** A fact of proactive disclosure (主动公开) counted in table 二. */
public sealed interface ProactiveEvent permits DocumentIssued, DocumentRepealed, DocumentStockDeclared,
        DecisionsRecorded, FeeCollected {

    OrganId organ();

    LocalDate businessDate();
}
