package cn.gongkai.events.report;

/** One row of table 二 第二十条第（一）项: 本年制发件数, 本年废止件数, 现行有效件数. */
public record DocumentFigures(long issued, long repealed, long inForce) {

    public static final DocumentFigures NONE = new DocumentFigures(0, 0, 0);
}
