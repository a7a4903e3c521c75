package cn.gongkai.events.audit;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.fold.ApplicationState;
import cn.gongkai.events.fold.CaseState;
import cn.gongkai.events.fold.DocumentState;
import cn.gongkai.events.audit.Books.Item;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.report.DecisionFact;
import cn.gongkai.events.report.MoneyFact;
import cn.gongkai.events.report.StockFact;
import cn.gongkai.events.review.CaseKind;
import cn.gongkai.events.review.CaseResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of untraced {@link Books} as bytes and back: what a checkpoint of the fold saves. Every collection in the
 * order the fold made it, so books read back tally, list and order their findings exactly as the books written.
 * Enumerations are written by name and dates as epoch days. A change to the fold or to this layout must change
 * {@link #VERSION}: checkpoints of another version are not read, only rebuilt.
 */
public final class BooksCodec {

    /** The layout and fold rules the bytes belong to. */
    public static final int VERSION = 1;

    private static final int NO_DATE = Integer.MIN_VALUE;

    private BooksCodec() {
    }

    /** The facts of the books (of traced books too: the events behind the facts stay in the store). */
    public static byte[] write(Books books) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 40 * books.applications.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            writeItems(out, books.applications.values(), (o, a) -> {
                writeEnum(o, a.applicantType());
                writeDate(o, a.receivedOn());
                writeDate(o, a.decidedOn());
                writeEnum(o, a.outcome());
            });
            writeItems(out, books.cases.values(), (o, c) -> {
                writeEnum(o, c.kind());
                o.writeBoolean(c.afterReview());
                writeDate(o, c.filedOn());
                writeDate(o, c.concludedOn());
                writeEnum(o, c.result());
            });
            writeItems(out, books.documents.values(), (o, d) -> {
                writeEnum(o, d.kind());
                writeDate(o, d.issuedOn());
                writeDate(o, d.repealedOn());
            });
            writeItems(out, books.stocks.values(), (o, s) -> {
                writeEnum(o, s.kind());
                writeDate(o, s.asOf());
                o.writeLong(s.inForce());
            });
            writeItems(out, books.decisions, (o, d) -> {
                writeEnum(o, d.kind());
                writeDate(o, d.decidedOn());
                o.writeLong(d.count());
            });
            for (List<Item<MoneyFact>> money : List.of(books.fees, books.feeNotices, books.feePayments)) {
                writeItems(out, money, BooksCodec::writeMoney);
            }
            out.writeInt(books.narrative.size());
            for (Map.Entry<String, String> section : books.narrative.entrySet()) {
                out.writeUTF(section.getKey());
                writeLongText(out, section.getValue());
            }
            out.writeInt(books.carriedOver.size());
            for (Map.Entry<Integer, Set<String>> year : books.carriedOver.entrySet()) {
                out.writeInt(year.getKey());
                out.writeInt(year.getValue().size());
                for (String key : year.getValue()) {
                    out.writeUTF(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Untraced books with the facts written by {@link #write}, ready to fold the events that came after. */
    public static Books read(byte[] saved) {
        Books books = Books.untraced();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved))) {
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("books saved in layout " + version + ", this fold reads "
                        + VERSION);
            }
            for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                books.applications.put(key, Item.untraced(key, new ApplicationState(
                        readEnum(in, ApplicantType.class), readDate(in), readDate(in), readEnum(in, Outcome.class))));
            }
            for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                books.cases.put(key, Item.untraced(key, new CaseState(readEnum(in, CaseKind.class),
                        in.readBoolean(), readDate(in), readDate(in), readEnum(in, CaseResult.class))));
            }
            for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                books.documents.put(key, Item.untraced(key, new DocumentState(readEnum(in, DocumentKind.class),
                        readDate(in), readDate(in))));
            }
            for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                books.stocks.put(key, Item.untraced(key, new StockFact(readEnum(in, DocumentKind.class),
                        readDate(in), in.readLong())));
            }
            for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                books.decisions.add(Item.untraced(key, new DecisionFact(readEnum(in, DecisionKind.class),
                        readDate(in), in.readLong())));
            }
            for (List<Item<MoneyFact>> money : List.of(books.fees, books.feeNotices, books.feePayments)) {
                for (int n = in.readInt(); n > 0; n--) {
                    String key = in.readUTF();
                    money.add(Item.untraced(key, readMoney(in)));
                }
            }
            for (int n = in.readInt(); n > 0; n--) {
                books.narrative.put(in.readUTF(), readLongText(in));
            }
            for (int n = in.readInt(); n > 0; n--) {
                int year = in.readInt();
                Set<String> keys = new LinkedHashSet<>();
                for (int k = in.readInt(); k > 0; k--) {
                    keys.add(in.readUTF());
                }
                books.carriedOver.put(year, keys);
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("saved books run on past their last fact");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("saved books cut short", e);
        }
        return books;
    }

    private interface FactWriter<T> {
        void write(DataOutputStream out, T fact) throws IOException;
    }

    private static <T> void writeItems(DataOutputStream out, Collection<Item<T>> items, FactWriter<T> writer)
            throws IOException {
        out.writeInt(items.size());
        for (Item<T> item : items) {
            out.writeUTF(item.key());
            writer.write(out, item.fact());
        }
    }

    private static void writeMoney(DataOutputStream out, MoneyFact money) throws IOException {
        writeDate(out, money.on());
        BigDecimal amount = money.amountYuan();
        out.writeInt(amount.scale());
        byte[] unscaled = amount.unscaledValue().toByteArray();
        out.writeShort(unscaled.length);
        out.write(unscaled);
    }

    private static MoneyFact readMoney(DataInputStream in) throws IOException {
        LocalDate on = readDate(in);
        int scale = in.readInt();
        byte[] unscaled = new byte[in.readUnsignedShort()];
        in.readFully(unscaled);
        return new MoneyFact(on, new BigDecimal(new BigInteger(unscaled), scale));
    }

    private static void writeEnum(DataOutputStream out, Enum<?> value) throws IOException {
        out.writeUTF(value == null ? "" : value.name());
    }

    private static <E extends Enum<E>> E readEnum(DataInputStream in, Class<E> type) throws IOException {
        String name = in.readUTF();
        return name.isEmpty() ? null : Enum.valueOf(type, name);
    }

    private static void writeDate(DataOutputStream out, LocalDate date) throws IOException {
        out.writeInt(date == null ? NO_DATE : Math.toIntExact(date.toEpochDay()));
    }

    private static LocalDate readDate(DataInputStream in) throws IOException {
        int day = in.readInt();
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    /** Text of any length (a narrative section may pass the 64 KiB of {@code writeUTF}). */
    private static void writeLongText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readLongText(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }
}
