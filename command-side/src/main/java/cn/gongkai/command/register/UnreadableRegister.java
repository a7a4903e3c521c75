package cn.gongkai.command.register;

/** A register file that cannot be read as a register at all: not a workbook or CSV, too long, no headings. */
public class UnreadableRegister extends RuntimeException {

    public UnreadableRegister(String detail) {
        super(detail);
    }

    public UnreadableRegister(String detail, Throwable cause) {
        super(detail, cause);
    }
}
